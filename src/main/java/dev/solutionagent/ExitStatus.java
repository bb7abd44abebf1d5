package dev.solutionagent;

/**
 * The documented exit codes of every command. The CLI's funnel is the only place that
 * turns an outcome into a process exit code.
 */
public enum ExitStatus {

	/** Registered, validated, or already done. */
	OK(0),

	/** A bug: an exception nobody classified. */
	INTERNAL_ERROR(1),

	/** Usage or configuration error: a bad option, descriptor or certificate file. */
	USAGE(2),

	/** The OVF environment is missing or invalid. */
	ENVIRONMENT(3),

	/**
	 * vCenter refused the solution-install token, or it expired; or it refused the user
	 * name and password (or their privileges) on the ExtensionManager path.
	 */
	TOKEN_REFUSED(4),

	/** vCenter refused the payload. */
	PAYLOAD_REFUSED(5),

	/**
	 * The token window closed, or retries ran out, before an answer came; on the
	 * ExtensionManager path: vCenter could not be reached.
	 */
	WINDOW_CLOSED(6),

	/** The token was probably consumed by an attempt whose response was lost. */
	OUTCOME_UNKNOWN(7),

	/**
	 * The extension key is already registered in vCenter's ExtensionManager, and neither
	 * {@code --update} nor {@code agent.extension.update} allows replacing it.
	 */
	ALREADY_REGISTERED(8),

	/**
	 * The extension key is not registered in vCenter's ExtensionManager (update,
	 * unregister or info of an unknown key).
	 */
	NOT_REGISTERED(9),

	/**
	 * The preflight found that the plug-in server does not serve its manifest as the
	 * descriptor declares (wrong thumbprint, not a manifest, an error, or not reachable
	 * in time); nothing was sent to vCenter and the token is unused.
	 */
	PREFLIGHT_FAILED(10),

	/** TLS failure: the peer's certificate does not match the pinned thumbprint. */
	TLS(60);

	private final int code;

	ExitStatus(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
