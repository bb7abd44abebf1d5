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

	public RegistrationRecord {
		extensions = List.copyOf(extensions);
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
