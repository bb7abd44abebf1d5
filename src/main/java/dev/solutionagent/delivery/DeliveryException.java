package dev.solutionagent.delivery;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * A registration or preflight that ended without success, with the exit status that says
 * how.
 */
public class DeliveryException extends AgentException {

	private final int attempts;

	private final int httpStatus;

	public DeliveryException(ExitStatus status, String message, int attempts, int httpStatus) {
		super(status, message);
		this.attempts = attempts;
		this.httpStatus = httpStatus;
	}

	/**
	 * How many requests were made.
	 * @return the number of attempts
	 */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * The last HTTP status received.
	 * @return the status, or 0 when no response came
	 */
	public int httpStatus() {
		return this.httpStatus;
	}

}
