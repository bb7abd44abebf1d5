package dev.solutionagent.cli;

import java.util.Locale;

/**
 * One command-line option and the property it sets, so that every option can also come
 * from a configuration file or an environment variable.
 *
 * @param name the option, such as {@code --descriptor}
 * @param property the property it sets, such as {@code agent.descriptor}
 * @param valueName the value's name in help, or {@code null} for a switch
 * @param description one line of help
 */
record OptionSpec(String name, String property, String valueName, String description) {

	/** What every property is also written as on the command line. */
	static final String PROPERTY_PREFIX = "--agent.";

	static OptionSpec value(String name, String property, String valueName, String description) {
		return new OptionSpec(name, property, valueName, description);
	}

	static OptionSpec flag(String name, String property, String description) {
		return new OptionSpec(name, property, null, description);
	}

	/**
	 * A setting without an option of its own: it is given as
	 * {@code --agent.<property>=VALUE}, an environment variable or in application.yml.
	 * @param property the property, such as {@code agent.retry.initial-delay}
	 * @param valueName the value's name in help, such as {@code DURATION}
	 * @param description one line of help, with the default
	 * @return the setting
	 */
	static OptionSpec setting(String property, String valueName, String description) {
		return new OptionSpec("--" + property, property, valueName, description);
	}

	/**
	 * Whether this is a setting without an option name of its own.
	 * @return {@code true} for {@code --agent.*} settings
	 */
	boolean isSetting() {
		return this.name.startsWith(PROPERTY_PREFIX);
	}

	boolean takesValue() {
		return this.valueName != null;
	}

	/**
	 * The environment variable that sets the same property.
	 * @return for example {@code AGENT_DESCRIPTOR}
	 */
	String environmentVariable() {
		return environmentVariableOf(this.property);
	}

	/**
	 * The environment variable that sets a property, as Spring Boot's relaxed binding
	 * reads it.
	 * @param property such as {@code agent.retry.initial-delay}
	 * @return such as {@code AGENT_RETRY_INITIALDELAY}
	 */
	static String environmentVariableOf(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
	}

}
