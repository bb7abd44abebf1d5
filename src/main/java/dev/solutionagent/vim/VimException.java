package dev.solutionagent.vim;

import java.util.Optional;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.tls.Thumbprint;

/**
 * A vim25 call that failed: each subtype carries the host and the values at fault and
 * composes a message that says what to do.
 */
public class VimException extends AgentException {

	private final String host;

	VimException(ExitStatus status, String host, String message) {
		super(status, message);
		this.host = host;
	}

	public String host() {
		return this.host;
	}

	/**
	 * The one mapping from a SOAP fault to an exception and exit status.
	 * @param host the vCenter, for messages
	 * @param method the vim25 method that failed
	 * @param key the extension key the call was about, empty for session calls
	 * @param fault the fault vCenter answered
	 * @return the exception to throw
	 */
	static VimException of(String host, String method, String key, VimFault fault) {
		return switch (fault.type()) {
			case "InvalidLogin" -> new VimException(ExitStatus.TOKEN_REFUSED, host,
					"vCenter " + host
							+ " refused the user name or password (InvalidLogin); check the credentials file, "
							+ "AGENT_VCENTER_USERNAME and AGENT_VCENTER_PASSWORD, or what was typed at the prompt");
			case "NotAuthenticated" -> new VimException(ExitStatus.TOKEN_REFUSED, host,
					"vCenter %s has no session for %s (NotAuthenticated): the session expired or was ended; run again"
						.formatted(host, method));
			case "NoPermission" -> new VimException(ExitStatus.TOKEN_REFUSED, host,
					"vCenter %s refused %s: the user lacks the privilege (%s); use an account with the ".formatted(host,
							method, fault)
							+ "Extension.Register, Extension.Update and Extension.Unregister privileges");
			case "NotFound" -> new NotRegistered(host, key);
			case "InvalidArgument" -> fault.invalidProperty().filter("extension.key"::equals).isPresent()
					&& "RegisterExtension".equals(method) ? new AlreadyRegistered(host, key, Optional.empty())
							: refused(host, method, fault);
			default -> refused(host, method, fault);
		};
	}

	private static VimException refused(String host, String method, VimFault fault) {
		return new VimException(ExitStatus.PAYLOAD_REFUSED, host,
				"vCenter %s refused %s: %s; run 'solution-agent validate' and check the descriptor".formatted(host,
						method, fault));
	}

	/**
	 * The key is already registered and replacing it was not asked for.
	 */
	public static final class AlreadyRegistered extends VimException {

		private final String key;

		public AlreadyRegistered(String host, String key, Optional<String> version) {
			super(ExitStatus.ALREADY_REGISTERED, host,
					"Extension %s is already registered in vCenter %s%s; ".formatted(key, host,
							version.map((v) -> " (version " + v + ")").orElse(""))
							+ "pass --update (agent.extension.update=true) to replace it, "
							+ "or run 'solution-agent extension update'");
			this.key = key;
		}

		public String key() {
			return this.key;
		}

	}

	/**
	 * The key is not registered.
	 */
	public static final class NotRegistered extends VimException {

		private final String key;

		public NotRegistered(String host, String key) {
			super(ExitStatus.NOT_REGISTERED, host, "Extension %s is not registered in vCenter %s; ".formatted(key, host)
					+ "check the key (--key or the descriptor's key), or register it with 'solution-agent extension register'");
			this.key = key;
		}

		public String key() {
			return this.key;
		}

	}

	/**
	 * The TLS handshake failed or vCenter presented a certificate other than the pinned
	 * one; nothing was sent.
	 */
	public static final class Tls extends VimException {

		private final Optional<Thumbprint> presented;

		public Tls(String host, String message, Optional<Thumbprint> presented) {
			super(ExitStatus.TLS, host, message);
			this.presented = presented;
		}

		/**
		 * The SHA-256 thumbprint of the certificate vCenter presented.
		 * @return the thumbprint, when a certificate was seen
		 */
		public Optional<Thumbprint> presented() {
			return this.presented;
		}

	}

	/**
	 * vCenter could not be reached, or answered with something other than SOAP.
	 */
	public static final class Unreachable extends VimException {

		public Unreachable(ExitStatus status, String host, String message) {
			super(status, host, message);
		}

	}

}
