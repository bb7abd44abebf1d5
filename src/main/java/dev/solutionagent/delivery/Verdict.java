package dev.solutionagent.delivery;

import java.time.Duration;
import java.util.Optional;

import dev.solutionagent.ExitStatus;

/**
 * What one exchange means for the registration: done, worth another attempt, or over with
 * an exit status.
 *
 * @param status {@link ExitStatus#OK} when done, the final status otherwise; ignored when
 * transient
 * @param isTransient whether another attempt inside the window may succeed
 * @param detail a sentence for the log and the error message
 * @param httpStatus the HTTP status, or 0 when no answer came
 * @param retryAfter how long the server asked the agent to wait
 * @param mayHaveConsumedToken whether the request may have reached vCenter and used the
 * token although no usable answer came back
 * @param peerReached whether the peer answered or may have read the request;
 * {@code false} when nothing reached it (no route, refused, handshake incomplete)
 */
record Verdict(ExitStatus status, boolean isTransient, String detail, int httpStatus, Optional<Duration> retryAfter,
		boolean mayHaveConsumedToken, boolean peerReached) {

	static Verdict done(int httpStatus, String detail) {
		return new Verdict(ExitStatus.OK, false, detail, httpStatus, Optional.empty(), false, true);
	}

	static Verdict fail(ExitStatus status, int httpStatus, String detail) {
		return new Verdict(status, false, detail, httpStatus, Optional.empty(), false, httpStatus != 0);
	}

	static Verdict retry(int httpStatus, String detail, Optional<Duration> retryAfter, boolean mayHaveConsumedToken,
			boolean peerReached) {
		return new Verdict(ExitStatus.WINDOW_CLOSED, true, detail, httpStatus, retryAfter, mayHaveConsumedToken,
				peerReached);
	}

	boolean isDone() {
		return !this.isTransient && this.status == ExitStatus.OK;
	}

}
