package dev.solutionagent.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the values of settings that Spring binds without complaint but that would break
 * a run later: zero, negative or absurd durations, factors that are not numbers, dates
 * out of range. Every problem is collected and reported at once, each naming its
 * property.
 */
final class SettingChecks {

	/** The earliest deployment time accepted: before it, a date is a typo. */
	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	/** The latest deployment time accepted: past it, time arithmetic would overflow. */
	static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

	private static final Duration A_DAY = Duration.ofDays(1);

	private final List<String> problems = new ArrayList<>();

	/**
	 * A duration that must be more than zero and at most a day.
	 * @param property the property name
	 * @param value the bound value
	 * @return this
	 */
	SettingChecks positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative() || value.compareTo(A_DAY) > 0) {
			this.problems.add("%s is %s; expected a duration above zero and at most a day, such as 10s or 5m"
				.formatted(property, describe(value)));
		}
		return this;
	}

	/**
	 * A duration of at least a floor and at most a day: a wait so short that it would
	 * turn retries into a flood is refused.
	 * @param property the property name
	 * @param value the bound value
	 * @param floor the shortest allowed
	 * @return this
	 */
	SettingChecks atLeast(String property, Duration value, Duration floor) {
		if (value == null || value.compareTo(floor) < 0 || value.compareTo(A_DAY) > 0) {
			this.problems.add("%s is %s; expected a duration from %s to a day, such as 1s".formatted(property,
					describe(value), describe(floor)));
		}
		return this;
	}

	/**
	 * A duration that may be zero but not negative, and at most a day.
	 * @param property the property name
	 * @param value the bound value
	 * @return this
	 */
	SettingChecks notNegative(String property, Duration value) {
		if (value == null || value.isNegative() || value.compareTo(A_DAY) > 0) {
			this.problems
				.add("%s is %s; expected a duration from 0s to a day, such as 1m".formatted(property, describe(value)));
		}
		return this;
	}

	/**
	 * A number in a range.
	 * @param property the property name
	 * @param value the bound value
	 * @param min the least allowed
	 * @param max the upper end
	 * @param maxIncluded whether the upper end itself is allowed
	 * @param example an example for the message
	 * @return this
	 */
	SettingChecks between(String property, double value, double min, double max, boolean maxIncluded, String example) {
		boolean fits = Double.isFinite(value) && value >= min && (maxIncluded ? value <= max : value < max);
		if (!fits) {
			this.problems.add("%s is %s; expected a number from %s to %s%s, such as %s".formatted(property,
					Double.isNaN(value) ? "NaN" : String.valueOf(value), trim(min), maxIncluded ? "" : "below ",
					trim(max), example));
		}
		return this;
	}

	/**
	 * A whole number in a range.
	 * @param property the property name
	 * @param value the bound value
	 * @param min the least allowed
	 * @param max the most allowed
	 * @return this
	 */
	SettingChecks between(String property, int value, int min, int max) {
		if (value < min || value > max) {
			this.problems.add("%s is %d; expected a whole number from %d to %d".formatted(property, value, min, max));
		}
		return this;
	}

	/**
	 * A deployment time that time arithmetic can use.
	 * @param property the property name
	 * @param value the bound value, {@code null} when unset
	 * @return this
	 */
	SettingChecks plausible(String property, Instant value) {
		if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
			this.problems.add("%s is %s; expected a time from %s to before %s, such as 2026-11-23T10:00:00Z"
				.formatted(property, value, EARLIEST, LATEST));
		}
		return this;
	}

	/**
	 * A condition between settings.
	 * @param holds whether it holds
	 * @param problem the message when it does not
	 * @return this
	 */
	SettingChecks require(boolean holds, String problem) {
		if (!holds) {
			this.problems.add(problem);
		}
		return this;
	}

	/**
	 * Report what was found.
	 * @throws UsageException listing every problem, when there is one
	 */
	void verify() {
		if (!this.problems.isEmpty()) {
			throw new UsageException(String.join("; ", this.problems)
					+ ". Fix the option, the AGENT_* environment variable or application.yml");
		}
	}

	private static String describe(Duration value) {
		return (value == null) ? "empty" : value.toString().substring(2).toLowerCase(Locale.ROOT);
	}

	private static String trim(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
