package dev.solutionagent.environment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A parsed OVF environment document: the properties of the root {@code PropertySection},
 * in document order, and where the document came from.
 *
 * @param source the transport or file that supplied the document, for messages
 * @param hasPropertySection whether the document had a root {@code PropertySection}
 * @param properties property values by key, in document order, exactly as written
 */
public record OvfEnvironment(String source, boolean hasPropertySection, Map<String, String> properties) {

	public OvfEnvironment {
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * The value of a property, if the document declares it.
	 * @param key the property key
	 * @return the value, possibly empty
	 */
	public Optional<String> property(String key) {
		return Optional.ofNullable(this.properties.get(key));
	}

	/**
	 * Whether the document came through the guestinfo transport, the only one the agent
	 * can rewrite afterwards.
	 * @return {@code true} for {@code guestinfo.ovfEnv}
	 */
	public boolean isFromGuestInfo() {
		return this.source.startsWith(GuestInfoTransport.SOURCE);
	}

	/**
	 * This environment with the values of secret properties replaced by a redaction
	 * marker.
	 * @param isSecret tells which keys hold secrets
	 * @return a copy safe to print
	 */
	public OvfEnvironment redacted(Predicate<String> isSecret) {
		Map<String, String> copy = new LinkedHashMap<>();
		this.properties.forEach((key, value) -> copy.put(key, isSecret.test(key) ? Secret.describe(value) : value));
		return new OvfEnvironment(this.source, this.hasPropertySection, copy);
	}

}
