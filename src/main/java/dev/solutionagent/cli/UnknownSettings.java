package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.solutionagent.Printable;
import dev.solutionagent.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Refuses {@code agent.*} names that are no setting, wherever they were written (an
 * option, an environment variable, a system property, a configuration file), with the
 * closest real name: a typo must not be silently ignored.
 */
final class UnknownSettings {

	private static final Logger logger = LoggerFactory.getLogger(UnknownSettings.class);

	private static final ConfigurationPropertyName AGENT = ConfigurationPropertyName.of("agent");

	private static final List<String> NAMES = AgentSettings.ALL.stream().map(Setting::property).sorted().toList();

	private static final Map<String, String> KNOWN = NAMES.stream()
		.collect(Collectors.toMap(UnknownSettings::uniform, Function.identity()));

	private UnknownSettings() {
	}

	/**
	 * Check every {@code agent.*} name of an environment.
	 * @param environment the environment, before binding
	 * @throws UsageException naming every unknown setting, where it was written and the
	 * closest known name
	 */
	static void check(Environment environment) {
		List<String> errors = new ArrayList<>();
		Set<String> strangers = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (!(source instanceof IterableConfigurationPropertySource iterable)) {
				continue;
			}
			boolean environmentVariables = source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
			iterable.stream().filter(AGENT::isAncestorOf).filter((name) -> !isKnown(name)).forEach((name) -> {
				ConfigurationProperty property = source.getConfigurationProperty(name);
				String where = SettingOrigin.describe(name, property, source);
				Optional<String> suggestion = Suggestions.closest(name.toString(), NAMES);
				if (environmentVariables && suggestion.isEmpty()) {
					// CI systems set AGENT_* variables of their own (Azure Pipelines:
					// AGENT_NAME, AGENT_ID, ...); only a near miss is a typo.
					strangers.add(where);
				}
				else {
					errors.add("%s is not a setting of solution-agent%s".formatted(Printable.escape(where),
							suggestion.map((s) -> "; did you mean " + spelled(s, environmentVariables) + "?")
								.orElse("")));
				}
			});
		}
		if (!strangers.isEmpty()) {
			logger.warn("Ignored, not settings of solution-agent: {}", Printable.escape(String.join(", ", strangers)));
		}
		if (errors.size() == 1) {
			throw new UsageException(errors.get(0) + (errors.get(0).endsWith("?") ? " " : ". ") + SettingOrigin.HELP);
		}
		if (!errors.isEmpty()) {
			throw new UsageException("%d settings are unknown:%n  - %s%n%s".formatted(errors.size(),
					String.join(System.lineSeparator() + "  - ", errors), SettingOrigin.HELP));
		}
	}

	private static boolean isKnown(ConfigurationPropertyName name) {
		List<String> elements = new ArrayList<>();
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			if (!name.isNumericIndex(i)) {
				elements.add(name.getElement(i, Form.UNIFORM));
			}
		}
		return KNOWN.containsKey(uniform(String.join(".", elements)));
	}

	private static String spelled(String property, boolean environmentVariable) {
		return environmentVariable ? Setting.environmentVariableOf(property) : property;
	}

	/**
	 * A name in the form that compares across spellings: lower case, without dashes and
	 * underscores (environment variables lose the dashes).
	 * @param name a property name
	 * @return the comparable form
	 */
	static String uniform(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

}
