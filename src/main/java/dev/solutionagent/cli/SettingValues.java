package dev.solutionagent.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.solutionagent.Printable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * A setting whose value Spring cannot convert, told in the agent's words: where it was
 * written, what it holds and what it should hold. The converter's own text is left out.
 */
final class SettingValues {

	private static final Map<Class<?>, String> EXPECTED = Map.ofEntries(
			Map.entry(Duration.class, "a duration such as 500ms, 30s or 5m"),
			Map.entry(Instant.class, "an instant such as 2026-11-23T10:00:00Z"), Map.entry(int.class, "a whole number"),
			Map.entry(Integer.class, "a whole number"), Map.entry(double.class, "a number such as 2.0"),
			Map.entry(boolean.class, "true or false"), Map.entry(Path.class, "a file path"),
			Map.entry(URI.class, "a URI"), Map.entry(List.class, "a comma-separated list"));

	private SettingValues() {
	}

	/**
	 * The message for a setting that cannot be bound.
	 * @param bind the failure
	 * @return one sentence naming the setting, its origin, its value and what it should
	 * be
	 */
	static String unreadable(BindException bind) {
		ConfigurationProperty property = bind.getProperty();
		String where = SettingOrigin.describe(bind.getName(), property,
				(property != null) ? property.getSource() : null);
		Class<?> type = bind.getTarget().getType().toClass();
		String value = (property != null) ? "'" + Printable.escape(String.valueOf(property.getValue())) + "'"
				: "a value that";
		return "%s is %s, not %s; fix the option, environment variable or application.yml".formatted(where, value,
				EXPECTED.getOrDefault(type, "a " + type.getSimpleName()));
	}

}
