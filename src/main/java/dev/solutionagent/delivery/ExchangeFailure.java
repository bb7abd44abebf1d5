package dev.solutionagent.delivery;

import java.io.IOException;
import java.time.Duration;

/**
 * An exchange that ended without an answer, with what is known of how far it got: a
 * request is only ever written after the TLS handshake, so a failure before it means the
 * peer read nothing.
 */
public final class ExchangeFailure extends IOException {

	private final String peer;

	private final boolean requestMayHaveBeenSent;

	private final boolean deadlineExceeded;

	private final Duration budget;

	/**
	 * Create a failure.
	 * @param peer the host and port, for messages
	 * @param cause the I/O failure
	 * @param requestMayHaveBeenSent whether the handshake completed, so that the request
	 * may have been written
	 * @param deadlineExceeded whether the exchange's deadline closed the connection
	 * @param budget the exchange's deadline, for messages
	 */
	public ExchangeFailure(String peer, IOException cause, boolean requestMayHaveBeenSent, boolean deadlineExceeded,
			Duration budget) {
		super(cause.getMessage(), cause);
		this.peer = peer;
		this.requestMayHaveBeenSent = requestMayHaveBeenSent;
		this.deadlineExceeded = deadlineExceeded;
		this.budget = budget;
	}

	public String peer() {
		return this.peer;
	}

	@Override
	public synchronized IOException getCause() {
		return (IOException) super.getCause();
	}

	public boolean requestMayHaveBeenSent() {
		return this.requestMayHaveBeenSent;
	}

	public boolean deadlineExceeded() {
		return this.deadlineExceeded;
	}

	public Duration budget() {
		return this.budget;
	}

}
