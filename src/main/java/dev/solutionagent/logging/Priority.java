package dev.solutionagent.logging;

import ch.qos.logback.classic.Level;

/**
 * The syslog priorities of sd-daemon(3) that the agent's lines carry in the journal.
 */
public enum Priority {

	/** {@code <3>}: the run failed. */
	ERROR(3),

	/** {@code <4>}: something to look at. */
	WARNING(4),

	/** {@code <6>}: what the run did. */
	INFO(6),

	/** {@code <7>}: details. */
	DEBUG(7);

	private final int value;

	Priority(int value) {
		this.value = value;
	}

	/**
	 * The prefix journald reads from the start of a line and strips, such as {@code <3>}.
	 * @return the prefix
	 */
	public String prefix() {
		return "<" + this.value + ">";
	}

	/**
	 * The priority of a logback level.
	 * @param level the level of a log event
	 * @return its priority
	 */
	public static Priority of(Level level) {
		if (level.isGreaterOrEqual(Level.ERROR)) {
			return ERROR;
		}
		if (level.isGreaterOrEqual(Level.WARN)) {
			return WARNING;
		}
		return level.isGreaterOrEqual(Level.INFO) ? INFO : DEBUG;
	}

	/**
	 * Put this prefix before every line of a text, so that journald, which splits a
	 * stream at line ends, gives each line this priority.
	 * @param text one or more lines; a final line end stays last
	 * @return the prefixed text
	 */
	public String prefixLines(String text) {
		StringBuilder prefixed = new StringBuilder(text.length() + 8);
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			int next = (end < 0) ? text.length() : end + 1;
			prefixed.append(prefix()).append(text, start, next);
			start = next;
		}
		return prefixed.toString();
	}

}
