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

	static OptionSpec value(String name, String property, String valueName, String description) {
		return new OptionSpec(name, property, valueName, description);
	}

	static OptionSpec flag(String name, String property, String description) {
		return new OptionSpec(name, property, null, description);
	}

	boolean takesValue() {
		return this.valueName != null;
	}

	/**
	 * The environment variable that sets the same property.
	 * @return for example {@code AGENT_DESCRIPTOR}
	 */
	String environmentVariable() {
		return this.property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
	}

}
