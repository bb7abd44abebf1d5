package dev.solutionagent.delivery;

/**
 * Every attempt failed transiently and the token window closed.
 */
final class RetriesExhausted extends RuntimeException {

	private final TransientFailure last;

	RetriesExhausted(String message, TransientFailure last) {
		super(message, last, false, false);
		this.last = last;
	}

	TransientFailure last() {
		return this.last;
	}

}
