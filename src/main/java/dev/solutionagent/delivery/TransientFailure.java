package dev.solutionagent.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * An attempt that failed in a way worth retrying inside the token window. Never leaves
 * this package: when the window closes it becomes a {@link RetriesExhausted}.
 */
final class TransientFailure extends RuntimeException {

	private final Optional<Duration> retryAfter;

	private final boolean mayHaveConsumedToken;

	private final boolean peerReached;

	/**
	 * Create a transient failure.
	 * @param cause what went wrong, for the log
	 * @param retryAfter how long the server asked the agent to wait
	 * @param mayHaveConsumedToken whether the request may have reached vCenter and used
	 * the one-time token although no answer came back
	 * @param peerReached whether the peer answered or may have read the request; when it
	 * did not, the next attempt waits for it to accept connections instead of backing off
	 */
	TransientFailure(String cause, Optional<Duration> retryAfter, boolean mayHaveConsumedToken, boolean peerReached) {
		super(cause, null, false, false);
		this.retryAfter = retryAfter;
		this.mayHaveConsumedToken = mayHaveConsumedToken;
		this.peerReached = peerReached;
	}

	/**
	 * A failure of an attempt from its verdict.
	 * @param verdict the transient verdict
	 * @return the failure to throw
	 */
	static TransientFailure of(Verdict verdict) {
		return new TransientFailure(verdict.detail(), verdict.retryAfter(), verdict.mayHaveConsumedToken(),
				verdict.peerReached());
	}

	Optional<Duration> retryAfter() {
		return this.retryAfter;
	}

	boolean mayHaveConsumedToken() {
		return this.mayHaveConsumedToken;
	}

	boolean peerReached() {
		return this.peerReached;
	}

}
