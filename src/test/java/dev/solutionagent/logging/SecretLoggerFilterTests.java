package dev.solutionagent.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SecretLoggerFilter} in a logger context of its own.
 */
class SecretLoggerFilterTests {

	@Test
	void whenALoggerThatWritesHeadersOrBodiesIsSetToTraceThenItIsStillDisabled() {
		LoggerContext context = new LoggerContext();
		SecretLoggerFilter filter = new SecretLoggerFilter();
		filter.start();
		context.addTurboFilter(filter);
		context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);
		for (String name : SecretLoggerFilter.DENIED) {
			assertThat(context.getLogger(name).isErrorEnabled()).as(name).isFalse();
			assertThat(context.getLogger(name + ".Below").isTraceEnabled()).as(name).isFalse();
		}
		assertThat(context.getLogger("org.apache.hc.client5.http.wirex").isTraceEnabled()).isTrue();
		assertThat(context.getLogger("org.apache.hc.client5.http.impl.classic.InternalHttpClient").isDebugEnabled())
			.isTrue();
	}

}
