package dev.solutionagent.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * One setting of the agent, declared once: its property, the option that sets it (if
 * any), its type, its default and its line of help. The property is bound as Spring Boot
 * binds any ({@code --agent.NAME=VALUE}, {@code AGENT_NAME}, application.yml), so an
 * option is only another way to write it.
 *
 * @param <T> the value's type
 */
final class Setting<T> {

	/** What every property is also written as on the command line. */
	static final String PROPERTY_PREFIX = "--agent.";

	private final String property;

	private final @Nullable String option;

	private final @Nullable String valueName;

	private final Bindable<T> type;

	private final @Nullable T defaultValue;

	private final String description;

	private Setting(String property, @Nullable String option, @Nullable String valueName, Bindable<T> type,
			@Nullable T defaultValue, String description) {
		this.property = property;
		this.option = option;
		this.valueName = valueName;
		this.type = type;
		this.defaultValue = defaultValue;
		this.description = description;
	}

	/**
	 * A setting with an option of its own.
	 * @param <T> the value's type
	 * @param option such as {@code --descriptor}
	 * @param property such as {@code agent.descriptor}
	 * @param valueName the value's name in help, such as {@code FILE}
	 * @param type the value's type
	 * @param defaultValue the value when none is given, or {@code null}
	 * @param description one line of help
	 * @return the setting
	 */
	static <T> Setting<T> option(String option, String property, String valueName, Class<T> type,
			@Nullable T defaultValue, String description) {
		return new Setting<>(property, option, valueName, Bindable.of(type), defaultValue, description);
	}

	/**
	 * A switch: an option without a value, false unless given.
	 * @param option such as {@code --dry-run}
	 * @param property such as {@code agent.dry-run}
	 * @param description one line of help
	 * @return the setting
	 */
	static Setting<Boolean> flag(String option, String property, String description) {
		return new Setting<>(property, option, null, Bindable.of(Boolean.class), false, description);
	}

	/**
	 * A setting without an option of its own, given as {@code --agent.NAME=VALUE}, an
	 * environment variable or in application.yml.
	 * @param <T> the value's type
	 * @param property such as {@code agent.retry.initial-delay}
	 * @param valueName the value's name in help, such as {@code DURATION}
	 * @param type the value's type
	 * @param defaultValue the value when none is given, or {@code null}
	 * @param description one line of help
	 * @return the setting
	 */
	static <T> Setting<T> setting(String property, String valueName, Class<T> type, @Nullable T defaultValue,
			String description) {
		return new Setting<>(property, null, valueName, Bindable.of(type), defaultValue, description);
	}

	/**
	 * A list of values, comma-separated where one string gives it.
	 * @param <T> the element type
	 * @param option the option, or {@code null} for none
	 * @param property the property
	 * @param valueName the value's name in help
	 * @param element the element type
	 * @param defaultValue the list when none is given
	 * @param description one line of help
	 * @return the setting
	 */
	static <T> Setting<List<T>> list(@Nullable String option, String property, String valueName, Class<T> element,
			List<T> defaultValue, String description) {
		return new Setting<>(property, option, valueName, Bindable.listOf(element), List.copyOf(defaultValue),
				description);
	}

	/**
	 * The same setting with other help, for a command that uses it in its own way.
	 * @param other the line of help
	 * @return the setting, bound as this one
	 */
	Setting<T> describedAs(String other) {
		return new Setting<>(this.property, this.option, this.valueName, this.type, this.defaultValue, other);
	}

	String property() {
		return this.property;
	}

	/**
	 * The option as typed on the command line.
	 * @return such as {@code --descriptor}, or {@code --agent.NAME} for a setting without
	 * an option of its own
	 */
	String name() {
		return (this.option != null) ? this.option : "--" + this.property;
	}

	boolean hasOption() {
		return this.option != null;
	}

	boolean takesValue() {
		return this.valueName != null;
	}

	String valueName() {
		return (this.valueName != null) ? this.valueName : "";
	}

	String description() {
		return this.description;
	}

	Bindable<T> type() {
		return this.type;
	}

	/**
	 * The bound value, else the default.
	 * @param binder the binder over every property source
	 * @return the value, {@code null} when neither is there
	 */
	@Nullable T bind(Binder binder) {
		return binder.bind(this.property, this.type).orElse(this.defaultValue);
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

	/**
	 * The default as help shows it.
	 * @return such as {@code 30s}; empty when the setting has none worth showing
	 */
	Optional<String> shownDefault() {
		Object value = this.defaultValue;
		if (value == null || Boolean.FALSE.equals(value) || (value instanceof List<?> list && list.isEmpty())) {
			return Optional.empty();
		}
		if (value instanceof List<?> list) {
			return Optional.of(String.join(",", list.stream().map(String::valueOf).toList()));
		}
		return Optional.of((value instanceof Duration duration) ? format(duration) : value.toString());
	}

	// As a user would write it: 30s, 1m, 500ms.
	private static String format(Duration duration) {
		if (duration.toMillis() % 1000 != 0) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.toSeconds();
		if (seconds != 0 && seconds % 3600 == 0) {
			return seconds / 3600 + "h";
		}
		return (seconds != 0 && seconds % 60 == 0) ? seconds / 60 + "m" : seconds + "s";
	}

	@Override
	public String toString() {
		return name();
	}

}
