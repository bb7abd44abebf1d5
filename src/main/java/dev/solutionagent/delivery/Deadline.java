package dev.solutionagent.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment after which no attempt starts: the token window's end less its margin, or
 * the end of the preflight's own time.
 *
 * @param name what ends, for messages, such as {@code the token window}
 * @param at when no further attempt may start
 * @param why how the moment was found, for messages
 */
public record Deadline(String name, Instant at, String why) {

	/**
	 * A deadline some time from now.
	 * @param name what ends
	 * @param now the current time
	 * @param duration how long from now
	 * @param why how the moment was found
	 * @return the deadline
	 */
	public static Deadline after(String name, Instant now, Duration duration, String why) {
		return new Deadline(name, now.plus(duration), why);
	}

	/**
	 * The time left.
	 * @param now the current time
	 * @return the time left, zero once passed
	 */
	public Duration remaining(Instant now) {
		Duration left = Duration.between(now, this.at);
		return left.isNegative() ? Duration.ZERO : left;
	}

	public boolean isOpen(Instant now) {
		return now.isBefore(this.at);
	}

	/**
	 * This deadline or another, whichever comes first.
	 * @param other the other deadline
	 * @return the earlier one
	 */
	public Deadline earliest(Deadline other) {
		return other.at.isBefore(this.at) ? other : this;
	}

}
