package dev.solutionagent.extension;

import java.util.Optional;

import dev.solutionagent.tls.Thumbprint;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resolved Extension record that passed validation. Holds the JSON exactly as the
 * vendor wrote it, placeholders replaced, and offers the fields the agent uses.
 */
public final class Extension {

	private final ObjectNode json;

	Extension(ObjectNode json) {
		this.json = json.deepCopy();
	}

	/**
	 * Wrap a record that has passed {@link ExtensionRules}.
	 * @param json the record
	 * @return the extension
	 */
	public static Extension of(ObjectNode json) {
		return new Extension(json);
	}

	public String key() {
		return this.json.path("key").asString();
	}

	public String version() {
		return this.json.path("version").asString();
	}

	public String company() {
		return this.json.path("company").asString();
	}

	public String summary() {
		return this.json.path("description").path("summary").asString();
	}

	public String label() {
		return this.json.path("description").path("label").asString();
	}

	/**
	 * The plug-in manifest URL, {@code client[0].url}.
	 * @return the URL
	 */
	public String manifestUrl() {
		return this.json.path("client").path(0).path("url").asString();
	}

	/**
	 * The plug-in server's URL, {@code server[0].url}.
	 * @return the URL
	 */
	public String serverUrl() {
		return this.json.path("server").path(0).path("url").asString();
	}

	/**
	 * The thumbprint of the plug-in server's certificate,
	 * {@code server[0].serverThumbprint}.
	 * @return the thumbprint, empty for a plain http server
	 */
	public Optional<Thumbprint> serverThumbprint() {
		JsonNode node = this.json.path("server").path(0).path("serverThumbprint");
		return node.isString() ? Optional.of(Thumbprint.parse(node.stringValue())) : Optional.empty();
	}

	/**
	 * A copy of the record's JSON.
	 * @return a copy the caller may change
	 */
	public ObjectNode toJson() {
		return this.json.deepCopy();
	}

	@Override
	public String toString() {
		return key() + " " + version();
	}

}
