package dev.solutionagent.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.solutionagent.Printable;

/**
 * {@code %msg} with every control character written as a visible escape
 * ({@link Printable#escape}): a message quotes server answers and OVF values, and a line
 * break, ESC or BEL in one of them must not start a forged line in the journal or colour
 * a terminal. Every log message of the agent is one line, so nothing intended is lost.
 */
public class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return Printable.escape(event.getFormattedMessage());
	}

}
