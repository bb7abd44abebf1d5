package dev.solutionagent.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The value of every setting, bound once from options, environment variables and
 * application.yml, immutable after.
 */
final class Values {

	private final Map<String, Optional<Object>> values;

	private Values(Map<String, Optional<Object>> values) {
		this.values = Map.copyOf(values);
	}

	/**
	 * Bind settings.
	 * @param binder the binder over every property source
	 * @param settings the settings
	 * @return their values
	 * @throws org.springframework.boot.context.properties.bind.BindException for a value
	 * that cannot be converted
	 */
	static Values bind(Binder binder, List<Setting<?>> settings) {
		Map<String, Optional<Object>> values = new HashMap<>();
		for (Setting<?> setting : settings) {
			values.put(setting.property(), Optional.ofNullable(setting.bind(binder)));
		}
		return new Values(values);
	}

	/**
	 * A setting's value.
	 * @param <T> its type
	 * @param setting the setting
	 * @return the value or the default, empty when there is neither
	 */
	@SuppressWarnings("unchecked")
	<T> Optional<T> find(Setting<T> setting) {
		Optional<Object> value = this.values.get(setting.property());
		if (value == null) {
			throw new IllegalStateException(setting.property() + " was not bound");
		}
		return (Optional<T>) value;
	}

	/**
	 * A setting's value, which its default guarantees.
	 * @param <T> its type
	 * @param setting a setting with a default
	 * @return the value
	 */
	<T> T get(Setting<T> setting) {
		return find(setting)
			.orElseThrow(() -> new IllegalStateException(setting.property() + " has neither a value nor a default"));
	}

	/**
	 * A text setting's value, empty when unset or blank.
	 * @param setting the setting
	 * @return the stripped text
	 */
	Optional<String> text(Setting<String> setting) {
		return find(setting).map(String::strip).filter((text) -> !text.isEmpty());
	}

}
