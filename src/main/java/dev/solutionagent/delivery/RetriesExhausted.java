package dev.solutionagent.delivery;

/**
 * Every attempt failed transiently and the token window closed.
 */
final class RetriesExhausted extends RuntimeException {

	RetriesExhausted(String message, TransientFailure last) {
		super(message, last, false, false);
	}

}
