package dev.solutionagent.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What a registration run did, as {@code result.json} records it. Holds no secret.
 *
 * @param time when the run ended
 * @param outcome {@code registered} or the exit status name of the failure
 * @param exitCode the process exit code
 * @param message what happened, in a sentence
 * @param endpointHost the solution-install endpoint's host
 * @param pin the pinned thumbprint of vCenter's certificate
 * @param payloadShape {@code list} or {@code per-guid}
 * @param extensions the extensions sent, with the vCenter GUID they were sent for
 * @param httpStatus the last HTTP status, 0 when none came
 * @param attempts how many requests were made
 * @param tokenId the first 16 hex digits of the SHA-256 of the token this run used, so
 * that a later run can tell the same token from a new one; empty without a token. The
 * token is 32 random bytes: its digest tells nothing of it
 */
public record RegistrationRecord(Instant time, String outcome, int exitCode, String message, String endpointHost,
		String pin, String payloadShape, List<ExtensionEntry> extensions, int httpStatus, int attempts,
		String tokenId) {

	/** The outcome of a record written just before the first request is sent. */
	public static final String SENDING = "sending";

	/** The outcome of a registration vCenter accepted. */
	public static final String REGISTERED = "registered";

	public RegistrationRecord {
		extensions = List.copyOf(extensions);
		tokenId = (tokenId != null) ? tokenId : "";
	}

	/**
	 * The id a token is recorded by.
	 * @param token the token
	 * @return the first 16 hex digits of its SHA-256
	 */
	public static String tokenIdOf(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JDK", ex);
		}
	}

	/**
	 * Whether this record shows a registration that used a given token.
	 * @param id the token's id, as {@code tokenId}
	 * @return {@code true} when registered with that token
	 */
	public boolean registeredWithToken(String id) {
		return wasRegistered() && !this.tokenId.isEmpty() && this.tokenId.equals(id);
	}

	/**
	 * Whether the run that wrote this record may have used the one-time token without
	 * learning the answer: it stopped while sending, or ended with an unknown outcome.
	 * @return {@code true} when a later refusal of the token may mean "registered"
	 */
	public boolean mayHaveSpentToken() {
		return SENDING.equals(this.outcome) || this.exitCode == 7;
	}

	/**
	 * Whether vCenter accepted the registration. Named so that it is no bean property:
	 * result.json keeps the record's components and nothing else.
	 * @return {@code true} for a registered outcome
	 */
	public boolean wasRegistered() {
		return REGISTERED.equals(this.outcome);
	}

	/**
	 * One extension sent.
	 *
	 * @param key the extension key
	 * @param version the extension version
	 * @param vcenterGuid the target vCenter GUID, empty for the list shape
	 */
	public record ExtensionEntry(String key, String version, String vcenterGuid) {

	}

}
