package dev.solutionagent.cli;

import java.util.Optional;

import dev.solutionagent.delivery.Deadline;
import dev.solutionagent.delivery.Preflight;
import dev.solutionagent.delivery.WindowRetry;

/**
 * The preflight as every command runs it: off with {@code --skip-preflight}, else
 * retrying for {@code agent.preflight-timeout} and never past the token window.
 */
final class Preflights {

	private Preflights() {
	}

	/**
	 * The preflight, starting its time now.
	 * @param settings the settings
	 * @param runtime time and chance
	 * @param window the deadline of the registration it precedes, if there is one
	 * @return the preflight, empty when it is skipped
	 */
	static Optional<Preflight> of(AgentSettings settings, AgentRuntime runtime, Optional<Deadline> window) {
		if (settings.delivery().skipPreflight()) {
			return Optional.empty();
		}
		Deadline deadline = Preflight.deadline(runtime.clock().instant(), settings.delivery().preflightTimeout(),
				window);
		return Optional.of(new Preflight(settings.delivery().http(), new WindowRetry(deadline,
				settings.delivery().retry(), runtime.clock(), runtime.sleeper(), runtime.random()), runtime.clock()));
	}

}
