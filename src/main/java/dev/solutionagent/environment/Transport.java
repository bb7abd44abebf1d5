package dev.solutionagent.environment;

import java.util.Optional;

/**
 * One way an OVF environment document reaches the guest.
 */
public interface Transport {

	/**
	 * Fetch the raw document.
	 * @return the document, or empty when this transport has none
	 * @throws OvfEnvironmentException when a document is present but cannot be read
	 */
	Optional<RawDocument> read();

	/**
	 * What this transport looked at, for the message when no transport answers.
	 * @return for example {@code guestinfo (vmware-rpctool, vmtoolsd)}
	 */
	String describe();

	/**
	 * A document's bytes and where they came from.
	 *
	 * @param content the raw bytes
	 * @param source the transport and location, for messages and {@code show-env}
	 */
	record RawDocument(byte[] content, String source) {

	}

}
