package dev.solutionagent.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * An attempt that failed in a way worth retrying inside the token window. Never leaves
 * this package: when the window closes it becomes a {@link WindowClosedException}.
 */
final class TransientFailure extends RuntimeException {

	private final Optional<Duration> retryAfter;

	private final boolean mayHaveConsumedToken;

	/**
	 * Create a transient failure.
	 * @param cause what went wrong, for the log
	 * @param retryAfter how long the server asked the agent to wait
	 * @param mayHaveConsumedToken whether the request may have reached vCenter and used
	 * the one-time token although no answer came back
	 */
	TransientFailure(String cause, Optional<Duration> retryAfter, boolean mayHaveConsumedToken) {
		super(cause, null, false, false);
		this.retryAfter = retryAfter;
		this.mayHaveConsumedToken = mayHaveConsumedToken;
	}

	Optional<Duration> retryAfter() {
		return this.retryAfter;
	}

	boolean mayHaveConsumedToken() {
		return this.mayHaveConsumedToken;
	}

}
