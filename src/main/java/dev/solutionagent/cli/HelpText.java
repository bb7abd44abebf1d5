package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.solutionagent.ExitStatus;

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
			help.append("  %-12s %s%n".formatted(command.name(), command.spec().summary()));
		}
		help.append("\nRun 'solution-agent COMMAND --help' for a command's options and examples, ");
		help.append("'solution-agent --version' for the version.\n");
		help.append("Every option and setting can also be given as --agent.NAME=VALUE, as an environment variable ")
			.append("(AGENT_NAME) or in /etc/solution-agent/application.yml.\n");
		return help.toString();
	}

	static String group(Command group) {
		StringBuilder help = new StringBuilder();
		help.append("Usage: solution-agent %s SUBCOMMAND [options]%n%n".formatted(group.name()));
		help.append(group.spec().summary()).append("\n\n");
		help.append(group.spec().description().strip()).append("\n\n");
		help.append("Subcommands:\n");
		for (Command command : group.subcommands()) {
			help.append("  %-12s %s%n".formatted(command.name().substring(group.name().length() + 1),
					command.spec().summary()));
		}
		help.append(
				"\nRun 'solution-agent %s SUBCOMMAND --help' for its options and examples.%n".formatted(group.name()));
		return help.toString();
	}

	static String of(Command command) {
		StringBuilder help = new StringBuilder();
		help.append("Usage: solution-agent %s [options]%n%n".formatted(command.name()));
		help.append(command.spec().summary()).append("\n\n");
		help.append(command.spec().description().strip()).append("\n\n");
		List<Setting<?>> options = new ArrayList<>(command.options().stream().filter(Setting::hasOption).toList());
		options.add(Arguments.STACKTRACE);
		options.add(Arguments.HELP);
		help.append("Options (each also settable as the property or environment variable shown):\n");
		for (Setting<?> option : options) {
			String left = option.name() + (option.takesValue() ? " " + option.valueName() : "");
			help.append("  %-26s %s%n".formatted(left, option.description()));
			if (option.property().startsWith("agent.")) {
				help.append("  %-26s [%s, %s]%n".formatted("", option.property(), option.environmentVariable()));
			}
		}
		List<Setting<?>> settings = command.options().stream().filter((s) -> !s.hasOption()).toList();
		if (!settings.isEmpty()) {
			help.append("\nSettings (each as --agent.NAME=VALUE, the environment variable shown, or in ")
				.append("/etc/solution-agent/application.yml):\n");
			for (Setting<?> setting : settings) {
				help.append("  %-40s %s%s%n".formatted(setting.property() + " " + setting.valueName(),
						setting.description(),
						setting.shownDefault().map((value) -> " (default " + value + ")").orElse("")));
				help.append("  %-40s [%s]%n".formatted("", setting.environmentVariable()));
			}
		}
		help.append("\nExit status:\n");
		List<ExitStatus> codes = new ArrayList<>(command.exitCodes());
		if (!codes.contains(ExitStatus.INTERNAL_ERROR)) {
			codes.add(ExitStatus.INTERNAL_ERROR);
		}
		codes.stream()
			.sorted(Comparator.comparingInt(ExitStatus::code))
			.forEach((status) -> help.append("  %-3d %s%n".formatted(status.code(), ExitMeanings.text(status))));
		return help.toString();
	}

}
