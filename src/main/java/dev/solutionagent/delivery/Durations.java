package dev.solutionagent.delivery;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people read them in a log: {@code 1.5 s}, {@code 4 min 10 s}.
 */
final class Durations {

	private Durations() {
	}

	static String words(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 60_000) {
			return (millis % 1000 == 0) ? (millis / 1000) + " s"
					: String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
		}
		long seconds = duration.toSeconds();
		return (seconds % 60 == 0) ? (seconds / 60) + " min" : "%d min %d s".formatted(seconds / 60, seconds % 60);
	}

}
