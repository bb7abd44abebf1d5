package dev.solutionagent.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.solutionagent.delivery.Sleeper;

/**
 * A clock that moves only when told, and a sleeper that moves it instead of waiting.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

	public MutableClock(Instant start) {
		this.now = start;
	}

	public static MutableClock at(String instant) {
		return new MutableClock(Instant.parse(instant));
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * A sleeper that advances this clock by each wait and remembers the waits.
	 * @return the sleeper
	 */
	public Sleeper sleeper() {
		return (duration) -> {
			this.sleeps.add(duration);
			advance(duration);
		};
	}

	public List<Duration> sleeps() {
		return List.copyOf(this.sleeps);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
