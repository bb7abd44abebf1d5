package dev.solutionagent.environment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one list of OVF properties that carry credentials. Each is sent only where it
 * belongs and scrubbed from guestinfo once used; no setting or placeholder may route it
 * anywhere else (a payload, a URL, a DNS look-up, a log line), and no child process is
 * handed it.
 */
public enum SecretKey {

	/** The one-time solution-install token. */
	TOKEN(SolutionInstallContext.TOKEN, "in the solution-install-token header", true),

	/** The vCenter user of the ExtensionManager path; shown, but never routed. */
	USERNAME(ExtensionManagerContext.USERNAME, "to vCenter's SessionManager.Login", false),

	/** The vCenter password of the ExtensionManager path. */
	PASSWORD(ExtensionManagerContext.PASSWORD, "to vCenter's SessionManager.Login", true);

	private final String key;

	private final String sentOnly;

	private final boolean redacted;

	SecretKey(String key, String sentOnly, boolean redacted) {
		this.key = key;
		this.sentOnly = sentOnly;
		this.redacted = redacted;
	}

	/**
	 * The secret a property key names.
	 * @param key an OVF property key
	 * @return the secret, or empty for an ordinary property
	 */
	public static Optional<SecretKey> of(String key) {
		return Arrays.stream(values()).filter((secret) -> secret.key.equals(key)).findFirst();
	}

	/**
	 * Whether a property's value is printed only as a redaction marker.
	 * @param key an OVF property key
	 * @return {@code true} for the token and the password
	 */
	public static boolean isRedacted(String key) {
		return of(key).map((secret) -> secret.redacted).orElse(false);
	}

	/**
	 * The property key.
	 * @return for example {@code solutionInstall.token}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Why the property may not be used elsewhere, for messages.
	 * @return for example "solutionInstall.token is a secret, sent only in the
	 * solution-install-token header"
	 */
	public String reason() {
		return this.key + " is a secret, sent only " + this.sentOnly;
	}

}
