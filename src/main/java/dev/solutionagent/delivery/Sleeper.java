package dev.solutionagent.delivery;

import java.time.Duration;

/**
 * Waits between attempts. Injected so that tests advance a clock instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

	/** Waits on the real clock. */
	Sleeper SYSTEM = (duration) -> Thread.sleep(duration.toMillis());

	void sleep(Duration duration) throws InterruptedException;

}
