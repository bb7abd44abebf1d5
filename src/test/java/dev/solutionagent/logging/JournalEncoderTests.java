package dev.solutionagent.logging;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JournalEncoderTests {

	private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %msg%n";

	private final LoggerContext context = new LoggerContext();

	private final Logger logger = this.context.getLogger("dev.solutionagent.Test");

	@Test
	void encodeWhenJournalThenEachLevelGetsItsPriorityAndNoDate() {
		JournalEncoder encoder = encoder(true);
		assertThat(line(encoder, Level.ERROR, "broken")).isEqualTo("<3>ERROR broken\n");
		assertThat(line(encoder, Level.WARN, "odd")).isEqualTo("<4>WARN  odd\n");
		assertThat(line(encoder, Level.INFO, "done")).isEqualTo("<6>INFO  done\n");
		assertThat(line(encoder, Level.DEBUG, "detail")).isEqualTo("<7>DEBUG detail\n");
	}

	@Test
	void encodeWhenJournalAndMessageHasSeveralLinesThenEveryLineHasThePriority() {
		assertThat(line(encoder(true), Level.WARN, "first\nsecond")).isEqualTo("<4>WARN  first\n<4>second\n");
	}

	@Test
	void encodeWhenNotJournalThenThePatternAsWritten() {
		assertThat(line(encoder(false), Level.WARN, "odd"))
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) WARN  odd\n");
	}

	@Test
	void withoutLeadingDateWhenPatternStartsWithADateThenTheRest() {
		assertThat(JournalEncoder.withoutLeadingDate(PATTERN)).isEqualTo("%-5level %msg%n");
		assertThat(JournalEncoder.withoutLeadingDate("%date %msg%n")).isEqualTo("%msg%n");
		assertThat(JournalEncoder.withoutLeadingDate("%d{ISO8601}  %level %msg%n")).isEqualTo("%level %msg%n");
		assertThat(JournalEncoder.withoutLeadingDate("%level %d %msg%n")).isEqualTo("%level %d %msg%n");
	}

	private JournalEncoder encoder(boolean journal) {
		JournalEncoder encoder = new JournalEncoder();
		encoder.setContext(this.context);
		encoder.setPattern(PATTERN);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.setJournal(journal);
		encoder.start();
		return encoder;
	}

	private String line(JournalEncoder encoder, Level level, String message) {
		LoggingEvent event = new LoggingEvent(Logger.class.getName(), this.logger, level, message, null, null);
		return new String(encoder.encode(event), StandardCharsets.UTF_8);
	}

}
