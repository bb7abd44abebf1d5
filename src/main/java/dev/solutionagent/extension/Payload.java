package dev.solutionagent.extension;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/ui/solutioninstall}, serialized once: the bytes printed by
 * a dry run are the bytes sent.
 */
public final class Payload {

	private final PayloadShape shape;

	private final String shapeReason;

	private final Map<String, List<Extension>> extensionsByGuid;

	private final List<Problem> warnings;

	private final byte[] body;

	Payload(PayloadShape shape, String shapeReason, Map<String, List<Extension>> extensionsByGuid,
			List<Problem> warnings, byte[] body) {
		this.shape = shape;
		this.shapeReason = shapeReason;
		Map<String, List<Extension>> copy = new LinkedHashMap<>();
		extensionsByGuid.forEach((guid, extensions) -> copy.put(guid, List.copyOf(extensions)));
		this.extensionsByGuid = Collections.unmodifiableMap(copy);
		this.warnings = List.copyOf(warnings);
		this.body = body.clone();
	}

	/**
	 * The shape chosen, never {@link PayloadShape#AUTO}.
	 * @return list or per-guid
	 */
	public PayloadShape shape() {
		return this.shape;
	}

	/**
	 * Why this shape was chosen, for the log.
	 * @return a sentence
	 */
	public String shapeReason() {
		return this.shapeReason;
	}

	/**
	 * The extensions, by target vCenter GUID for the per-GUID shape, or under the empty
	 * string for the list shape.
	 * @return the extensions
	 */
	public Map<String, List<Extension>> extensionsByGuid() {
		return this.extensionsByGuid;
	}

	/**
	 * Every extension in the body, in order.
	 * @return the extensions
	 */
	public List<Extension> extensions() {
		return this.extensionsByGuid.values().stream().flatMap(List::stream).toList();
	}

	public List<Problem> warnings() {
		return this.warnings;
	}

	public byte[] body() {
		return this.body.clone();
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
