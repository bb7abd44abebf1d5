package dev.solutionagent.logging;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/**
 * Silences, at every level, the loggers that write HTTP headers or bodies: HttpClient's
 * header and wire logs carry the {@code solution-install-token} header and the vim25
 * Login envelope with the password, and Spring's RestClient logs bodies at debug level. A
 * turbo filter, because Spring Boot sets levels from {@code logging.level.*} (and
 * {@code LOGGING_LEVEL_ROOT}) after it has read the XML, so a level written there would
 * not hold; a denied logger also reports itself disabled, so nothing is formatted.
 */
public class SecretLoggerFilter extends TurboFilter {

	/** The logger names denied, with every logger below them. */
	public static final List<String> DENIED = List.of("org.apache.hc.client5.http.wire",
			"org.apache.hc.client5.http.headers", "org.springframework.web.client");

	@Override
	public FilterReply decide(@Nullable Marker marker, Logger logger, @Nullable Level level, @Nullable String format,
			Object @Nullable [] params, @Nullable Throwable t) {
		return isDenied(logger.getName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
	}

	static boolean isDenied(String name) {
		return DENIED.stream().anyMatch((denied) -> name.equals(denied) || name.startsWith(denied + "."));
	}

}
