package dev.solutionagent.cli;

import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

import dev.solutionagent.delivery.Sleeper;

/**
 * Time and chance, injected so that tests advance a clock instead of sleeping.
 *
 * @param clock the clock
 * @param sleeper waits between attempts
 * @param random the source of backoff jitter
 */
public record AgentRuntime(Clock clock, Sleeper sleeper, RandomGenerator random) {

	public static AgentRuntime system() {
		return new AgentRuntime(Clock.systemUTC(), Sleeper.SYSTEM, new Random());
	}

}
