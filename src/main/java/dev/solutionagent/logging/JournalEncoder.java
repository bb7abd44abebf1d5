package dev.solutionagent.logging;

import java.nio.charset.Charset;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.jspecify.annotations.Nullable;

/**
 * The pattern encoder of {@code logback-spring.xml}, which in the journal puts the
 * event's sd-daemon priority before every line and leaves out the pattern's leading date,
 * since journald stamps each line itself. Elsewhere (a terminal, a pipe, a file) it
 * writes what the pattern says.
 */
public class JournalEncoder extends PatternLayoutEncoder {

	private @Nullable Boolean journal;

	/**
	 * Decide the mode instead of looking at standard error:
	 * {@code <journal>true</journal>} in a logback configuration of one's own, for a
	 * journal that reaches the agent through a pipe.
	 * @param journal whether to write for the journal
	 */
	public void setJournal(boolean journal) {
		this.journal = journal;
	}

	boolean journal() {
		Boolean journal = this.journal;
		return (journal != null) ? journal : JournalStream.standardError();
	}

	@Override
	public void start() {
		if (journal() && getPattern() != null) {
			setPattern(withoutLeadingDate(getPattern()));
		}
		super.start();
	}

	@Override
	public byte[] encode(ILoggingEvent event) {
		if (!journal()) {
			return super.encode(event);
		}
		String text = Priority.of(event.getLevel()).prefixLines(getLayout().doLayout(event));
		Charset charset = getCharset();
		return (charset != null) ? text.getBytes(charset) : text.getBytes();
	}

	/**
	 * The pattern without a leading {@code %d} or {@code %date} conversion (with its
	 * option) and the spaces after it.
	 * @param pattern a logback pattern
	 * @return the rest of it
	 */
	static String withoutLeadingDate(String pattern) {
		return pattern.replaceFirst("^\\s*%d(ate)?(\\{[^}]*\\})?\\s*", "");
	}

}
