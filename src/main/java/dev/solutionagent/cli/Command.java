package dev.solutionagent.cli;

import java.util.List;

import dev.solutionagent.ExitStatus;

/**
 * One command of the agent: its help and what it does.
 */
interface Command {

	/**
	 * The name typed after {@code solution-agent}.
	 * @return for example {@code register}
	 */
	String name();

	/**
	 * One line for the command list.
	 * @return the summary
	 */
	String summary();

	/**
	 * The settings this command reads, composed from the option groups: those with an
	 * option of their own are its options (besides {@code --help} and
	 * {@code --stacktrace}), the rest are listed in its help as settings.
	 * @return the settings
	 */
	List<Setting<?>> options();

	/**
	 * The exit codes the command ends with; help lists them with their meanings, and 1
	 * (internal error) besides.
	 * @return the exit statuses
	 */
	default List<ExitStatus> exitCodes() {
		return List.of(ExitStatus.OK, ExitStatus.USAGE);
	}

	/**
	 * What the command does, in a few lines, and examples to copy.
	 * @return help text printed after the usage line and before the options
	 */
	String description();

	/**
	 * The subcommands of a command group, such as {@code extension register}; a group's
	 * own {@link #run} is never called.
	 * @return the subcommands, whose names start with this command's name; empty for a
	 * plain command
	 */
	default List<Command> subcommands() {
		return List.of();
	}

	/**
	 * Run the command. Failures are thrown; the funnel turns them into exit codes.
	 * @param context the settings and streams
	 * @return the exit status on success paths
	 */
	ExitStatus run(CommandContext context);

}
