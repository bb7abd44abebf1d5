package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats the help of the agent and of each command.
 */
final class HelpText {

	private HelpText() {
	}

	static String overview(List<Command> commands) {
		StringBuilder help = new StringBuilder();
		help.append("Usage: solution-agent COMMAND [options]\n\n");
		help.append(
				"Registers a vSphere Client remote plug-in from its appliance at first boot (solution install).\n\n");
		help.append("Commands:\n");
		for (Command command : commands) {
			help.append("  %-12s %s%n".formatted(command.name(), command.summary()));
		}
		help.append("\nRun 'solution-agent COMMAND --help' for a command's options and examples, ");
		help.append("'solution-agent --version' for the version.\n");
		help.append(
				"Every option can also be set in /etc/solution-agent/application.yml or as an environment variable.\n");
		return help.toString();
	}

	static String group(Command group) {
		StringBuilder help = new StringBuilder();
		help.append("Usage: solution-agent %s SUBCOMMAND [options]%n%n".formatted(group.name()));
		help.append(group.summary()).append("\n\n");
		help.append(group.description().strip()).append("\n\n");
		help.append("Subcommands:\n");
		for (Command command : group.subcommands()) {
			help.append(
					"  %-12s %s%n".formatted(command.name().substring(group.name().length() + 1), command.summary()));
		}
		help.append(
				"\nRun 'solution-agent %s SUBCOMMAND --help' for its options and examples.%n".formatted(group.name()));
		return help.toString();
	}

	static String of(Command command) {
		StringBuilder help = new StringBuilder();
		help.append("Usage: solution-agent %s [options]%n%n".formatted(command.name()));
		help.append(command.summary()).append("\n\n");
		help.append(command.description().strip()).append("\n\n");
		help.append("Options (each also settable as the property or environment variable shown):\n");
		List<OptionSpec> options = new ArrayList<>(command.options());
		options.add(Arguments.STACKTRACE);
		options.add(Arguments.HELP);
		for (OptionSpec option : options) {
			String left = option.name() + (option.takesValue() ? " " + option.valueName() : "");
			help.append("  %-26s %s%n".formatted(left, option.description()));
			if (!option.property().isEmpty()) {
				help.append("  %-26s [%s, %s]%n".formatted("", option.property(), option.environmentVariable()));
			}
		}
		return help.toString();
	}

}
