package dev.solutionagent.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Where a setting was written, in the words a user searches for: the option as typed, the
 * environment variable, or the file and line.
 */
final class SettingOrigin {

	/** Where to look for the settings that exist. */
	static final String HELP = "Run 'solution-agent COMMAND --help' for the settings a command reads";

	/** The name of the property source the command line's options go into. */
	static final String OPTIONS_SOURCE = "commandLineOptions";

	private SettingOrigin() {
	}

	/**
	 * A value given on the command line, with the option that gave it.
	 * @param value the value
	 * @param option the option as typed, such as {@code --url}
	 * @return the value, tracked to its option
	 */
	static OriginTrackedValue option(String value, String option) {
		return OriginTrackedValue.of(value, new OptionOrigin(option));
	}

	/**
	 * Say where a setting was written.
	 * @param name the setting's name
	 * @param property the setting as found, if it was
	 * @param source where it was found, if known
	 * @return for example {@code environment variable AGENT_DESCRIPTR} or
	 * {@code agent.descriptr (/etc/solution-agent/application.yml, line 3)}
	 */
	static String describe(ConfigurationPropertyName name, ConfigurationProperty property,
			ConfigurationPropertySource source) {
		Origin origin = (property != null) ? property.getOrigin() : null;
		PropertySource<?> propertySource = null;
		String written = name.toString();
		if (origin instanceof PropertySourceOrigin wrapper) {
			propertySource = wrapper.getPropertySource();
			written = wrapper.getPropertyName();
			origin = wrapper.getOrigin();
		}
		if (origin instanceof OptionOrigin option) {
			return "option " + option.option();
		}
		if (origin instanceof SystemEnvironmentOrigin variable) {
			return "environment variable " + variable.getProperty();
		}
		if (origin instanceof TextResourceOrigin text && text.getLocation() != null) {
			return "%s (%s, line %d)".formatted(name, file(text), text.getLocation().getLine() + 1);
		}
		if (propertySource == null && source != null && source.getUnderlyingSource() instanceof PropertySource<?> ps) {
			propertySource = ps;
		}
		if (propertySource instanceof SystemEnvironmentPropertySource) {
			return "environment variable " + written;
		}
		if (propertySource != null
				&& propertySource.getName().equals(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			return "system property " + written;
		}
		return name.toString();
	}

	/**
	 * The configuration files Spring Boot read settings from.
	 * @param environment the environment
	 * @return the files, in precedence order
	 */
	static List<String> files(ConfigurableEnvironment environment) {
		List<String> files = new ArrayList<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof OriginTrackedMapPropertySource tracked && !source.getName().equals(OPTIONS_SOURCE)) {
				tracked.getSource()
					.keySet()
					.stream()
					.findFirst()
					.map(tracked::getOrigin)
					.filter(TextResourceOrigin.class::isInstance)
					.map((origin) -> file((TextResourceOrigin) origin))
					.ifPresent(files::add);
			}
		}
		return files;
	}

	private static String file(TextResourceOrigin origin) {
		try {
			return origin.getResource().getFile().getPath();
		}
		catch (IOException | RuntimeException ex) {
			return (origin.getResource() != null) ? origin.getResource().getDescription() : "a configuration file";
		}
	}

	/**
	 * An option on the command line.
	 *
	 * @param option the option as typed
	 */
	record OptionOrigin(String option) implements Origin {

		@Override
		public String toString() {
			return "option " + this.option;
		}

	}

}
