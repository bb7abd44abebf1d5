package dev.solutionagent.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's arguments parsed against its options: {@code --name value},
 * {@code --name=value}, switches, and {@code --agent.<property>=VALUE} for any setting.
 *
 * @param properties the properties the options set, each value with the option that wrote
 * it
 * @param help whether {@code --help} or {@code -h} was given
 * @param stacktrace whether {@code --stacktrace} was given
 */
record Arguments(Map<String, Object> properties, boolean help, boolean stacktrace) {

	static final Setting<Boolean> HELP = Setting.flag("--help", "help", "Show this help and exit");

	/**
	 * Options that would put a password on the command line, where ps, /proc and shell
	 * history show it: refused with the alternatives.
	 */
	static final List<String> PASSWORD_OPTIONS = List.of("--password", "--vcenter-password",
			"--agent.vcenter.password");

	static final Setting<Boolean> STACKTRACE = Setting.flag("--stacktrace", "stacktrace",
			"Print the stack trace of an error (for bug reports)");

	/**
	 * Parse arguments.
	 * @param command the command name, for messages
	 * @param args the arguments after the command name
	 * @param options the options the command takes
	 * @return the parsed arguments
	 * @throws UsageException for an unknown option, a missing value, or a stray argument
	 */
	static Arguments parse(String command, List<String> args, List<Setting<?>> options) {
		Map<String, Object> properties = new LinkedHashMap<>();
		boolean help = false;
		boolean stacktrace = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.equals("--help") || name.equals("-h")) {
				help = true;
				continue;
			}
			if (name.equals("--stacktrace")) {
				stacktrace = true;
				continue;
			}
			if (PASSWORD_OPTIONS.stream()
				.anyMatch((option) -> UnknownSettings.uniform(option).equals(UnknownSettings.uniform(name)))) {
				throw new UsageException(("%s is refused: a password on the command line shows in ps, /proc and shell "
						+ "history. Give it in a credentials file (--credentials FILE, mode 0600, with username= and "
						+ "password= lines), in the environment variable AGENT_VCENTER_PASSWORD, or type it at the "
						+ "prompt on a terminal")
					.formatted(name));
			}
			if (name.startsWith(Setting.PROPERTY_PREFIX)) {
				// Spring Boot's own form, for every setting; unknown names are refused
				// once all sources are read.
				String property = name.substring(2);
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
						: (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) ? args.get(++i) : "true";
				properties.put(property, SettingOrigin.option(value, name));
				continue;
			}
			Setting<?> option = find(options, name).orElseThrow(() -> new UsageException(
					"'%s' is not an option of '%s'; run 'solution-agent %s --help'".formatted(arg, command, command)));
			if (!option.takesValue()) {
				if (arg.contains("=")) {
					throw new UsageException("%s takes no value".formatted(name));
				}
				properties.put(option.property(), SettingOrigin.option("true", name));
			}
			else if (arg.contains("=")) {
				properties.put(option.property(), SettingOrigin.option(arg.substring(arg.indexOf('=') + 1), name));
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				properties.put(option.property(), SettingOrigin.option(args.get(++i), name));
			}
			else {
				throw new UsageException("%s needs a value: %s %s".formatted(name, name, option.valueName()));
			}
		}
		return new Arguments(Map.copyOf(properties), help, stacktrace);
	}

	private static Optional<Setting<?>> find(List<Setting<?>> options, String name) {
		if (!name.startsWith("--")) {
			return Optional.empty();
		}
		return options.stream().filter((option) -> option.hasOption() && option.name().equals(name)).findFirst();
	}

}
