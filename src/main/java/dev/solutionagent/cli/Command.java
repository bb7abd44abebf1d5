package dev.solutionagent.cli;

import java.util.List;

import dev.solutionagent.ExitStatus;

/**
 * One command of the agent: its help and what it does.
 */
interface Command {

	/**
	 * What help says of the command and what it reads.
	 * @return the command's description
	 */
	Spec spec();

	/**
	 * The name typed after {@code solution-agent}.
	 * @return for example {@code register}
	 */
	default String name() {
		return spec().name();
	}

	/**
	 * The settings this command reads.
	 * @return the settings
	 * @see Spec#options()
	 */
	default List<Setting<?>> options() {
		return spec().options();
	}

	/**
	 * The exit codes the command ends with.
	 * @return the exit statuses
	 * @see Spec#exitCodes()
	 */
	default List<ExitStatus> exitCodes() {
		return spec().exitCodes();
	}

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

	/**
	 * A command as help shows it.
	 *
	 * @param name the name typed after {@code solution-agent}, such as {@code register}
	 * @param summary one line for the command list
	 * @param options the settings it reads, composed from the option groups: those with
	 * an option of their own are its options (besides {@code --help} and
	 * {@code --stacktrace}), the rest are listed in its help as settings
	 * @param exitCodes the exit codes it ends with; help lists them with their meanings,
	 * and 1 (internal error) besides
	 * @param description what it does, in a few lines, and examples to copy
	 */
	record Spec(String name, String summary, List<Setting<?>> options, List<ExitStatus> exitCodes, String description) {

		/** The exit codes of a command that only succeeds or is used wrongly. */
		static final List<ExitStatus> USAGE_ONLY = List.of(ExitStatus.OK, ExitStatus.USAGE);

		public Spec {
			options = List.copyOf(options);
			exitCodes = List.copyOf(exitCodes);
		}

	}

}
