package dev.solutionagent.state;

import java.time.Instant;
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
 */
public record RegistrationRecord(Instant time, String outcome, int exitCode, String message, String endpointHost,
		String pin, String payloadShape, List<ExtensionEntry> extensions, int httpStatus, int attempts) {

	/** The outcome of a record written just before the first request is sent. */
	public static final String SENDING = "sending";

	/** The outcome of a registration vCenter accepted. */
	public static final String REGISTERED = "registered";

	public RegistrationRecord {
		extensions = List.copyOf(extensions);
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
