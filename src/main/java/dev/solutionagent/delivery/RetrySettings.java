package dev.solutionagent.delivery;

import java.time.Duration;

/**
 * Exponential backoff with jitter between attempts.
 *
 * @param initialDelay the wait after the first failure
 * @param maxDelay the longest wait (a Retry-After may ask for more)
 * @param multiplier the growth of the wait per failure
 * @param jitter the random spread of each wait, as a fraction (0.2 means plus or minus 20
 * percent)
 * @param reachabilityInterval how often a peer that nothing reached is asked whether it
 * accepts connections now
 */
public record RetrySettings(Duration initialDelay, Duration maxDelay, double multiplier, double jitter,
		Duration reachabilityInterval) {

	public static RetrySettings defaults() {
		return new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.2, Duration.ofMillis(500));
	}

	/**
	 * The wait after a failed attempt, before jitter.
	 * @param attempt the number of the attempt that failed, from 1
	 * @return the wait
	 */
	Duration baseDelay(int attempt) {
		double millis = this.initialDelay.toMillis() * Math.pow(this.multiplier, Math.max(0, attempt - 1));
		return Duration.ofMillis((long) Math.min(millis, this.maxDelay.toMillis()));
	}

}
