package dev.solutionagent;

/**
 * Base of the small exception family: each subtype carries the values that failed and
 * composes a message that names the file, property or host at fault and what to do.
 */
public abstract class AgentException extends RuntimeException {

	private final ExitStatus status;

	protected AgentException(ExitStatus status, String message) {
		this(status, message, null);
	}

	protected AgentException(ExitStatus status, String message, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/**
	 * The exit status this failure ends the process with.
	 * @return the exit status
	 */
	public ExitStatus status() {
		return this.status;
	}

}
