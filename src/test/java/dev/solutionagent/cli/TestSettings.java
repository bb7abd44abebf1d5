package dev.solutionagent.cli;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The agent's settings from properties, bound as a run binds them, for tests that run a
 * command without the command line.
 */
final class TestSettings {

	private TestSettings() {
	}

	/**
	 * Bind properties over the defaults.
	 * @param properties such as {@code agent.simulator.fail-first=1}
	 * @return the settings
	 */
	static AgentSettings of(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return AgentSettings.of(bind(environment));
	}

	/**
	 * Bind every setting of an environment.
	 * @param environment the environment
	 * @return the values
	 */
	static Values bind(StandardEnvironment environment) {
		return Values.bind(new Binder(ConfigurationPropertySources.get(environment)), AgentSettings.ALL);
	}

}
