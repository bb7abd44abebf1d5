package dev.solutionagent.cli;

import java.time.Duration;

import dev.solutionagent.delivery.RetrySettings;

/**
 * The {@code agent.retry.*} properties: backoff between attempts.
 */
public class RetryProperties {

	private static final RetrySettings DEFAULTS = RetrySettings.defaults();

	/** The wait after the first failed attempt. */
	private Duration initialDelay = DEFAULTS.initialDelay();

	/** The longest wait between attempts (a Retry-After may ask for more). */
	private Duration maxDelay = DEFAULTS.maxDelay();

	/** The growth of the wait per failed attempt. */
	private double multiplier = DEFAULTS.multiplier();

	/** The random spread of each wait, as a fraction. */
	private double jitter = DEFAULTS.jitter();

	/** How often a peer that nothing reached is asked whether it accepts connections. */
	private Duration reachabilityInterval = DEFAULTS.reachabilityInterval();

	public Duration getInitialDelay() {
		return this.initialDelay;
	}

	public void setInitialDelay(Duration initialDelay) {
		this.initialDelay = initialDelay;
	}

	public Duration getMaxDelay() {
		return this.maxDelay;
	}

	public void setMaxDelay(Duration maxDelay) {
		this.maxDelay = maxDelay;
	}

	public double getMultiplier() {
		return this.multiplier;
	}

	public void setMultiplier(double multiplier) {
		this.multiplier = multiplier;
	}

	public double getJitter() {
		return this.jitter;
	}

	public void setJitter(double jitter) {
		this.jitter = jitter;
	}

	public Duration getReachabilityInterval() {
		return this.reachabilityInterval;
	}

	public void setReachabilityInterval(Duration reachabilityInterval) {
		this.reachabilityInterval = reachabilityInterval;
	}

}
