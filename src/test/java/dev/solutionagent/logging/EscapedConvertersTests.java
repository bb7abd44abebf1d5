package dev.solutionagent.logging;

import java.io.IOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EscapedMessageConverter} and {@link EscapedThrowableConverter} in a
 * layout with the pattern of {@code logback-spring.xml}.
 */
class EscapedConvertersTests {

	private static final String HOSTILE = "answer\u001b[31m red\u0007\r\n2026-01-01T00:00:00.000Z ERROR forged\u2028end";

	@Test
	void layoutWhenMessageHoldsControlCharactersThenOneLineWithVisibleEscapes() {
		String line = layout().doLayout(event(HOSTILE, null));
		assertThat(line).isEqualTo("WARN answer\\u001B[31m red\\u0007\\r\\n2026-01-01T00:00:00.000Z ERROR forged"
				+ "\\u2028end" + System.lineSeparator());
	}

	@Test
	void layoutWhenExceptionMessagesHoldControlCharactersThenEscapedAndTheTraceKeepsItsLines() {
		IOException cause = new IOException("cause\nERROR forged too");
		IllegalStateException failure = new IllegalStateException(HOSTILE, cause);
		failure.addSuppressed(new IOException("suppressed\u001b]0;title\u0007"));
		String text = layout().doLayout(event("failed", failure));
		assertThat(text).doesNotContain("\u001b", "\u0007", "\r", "\u2028")
			.contains("java.lang.IllegalStateException: answer\\u001B[31m red\\u0007\\r\\n2026-01-01T00:00:00.000Z")
			.contains("Caused by: java.io.IOException: cause\\nERROR forged too")
			.contains("Suppressed: java.io.IOException: suppressed\\u001B]0;title\\u0007");
		assertThat(text.lines()).allSatisfy((line) -> assertThat(line).doesNotStartWith("ERROR"))
			.anySatisfy((line) -> assertThat(line).startsWith("\tat dev.solutionagent.logging."));
	}

	private static PatternLayout layout() {
		LoggerContext context = new LoggerContext();
		PatternLayout layout = new PatternLayout();
		layout.setContext(context);
		layout.getInstanceConverterMap().put("msg", EscapedMessageConverter::new);
		layout.getInstanceConverterMap().put("ex", EscapedThrowableConverter::new);
		layout.setPattern("%level %msg%n%ex");
		layout.start();
		return layout;
	}

	private static LoggingEvent event(String message, Throwable failure) {
		LoggerContext context = new LoggerContext();
		return new LoggingEvent(EscapedConvertersTests.class.getName(), context.getLogger("test"), Level.WARN, message,
				failure, null);
	}

}
