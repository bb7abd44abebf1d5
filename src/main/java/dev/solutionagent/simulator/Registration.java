package dev.solutionagent.simulator;

import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Extension record the simulator accepted.
 *
 * @param guid the target vCenter GUID for a {@code vcenterExtensionsPerGuid} body, empty
 * for {@code vcenterExtensions} (every target)
 * @param key the extension key
 * @param version the extension version
 * @param extensionJson the Extension object exactly as received, as JSON text
 * @param registeredAt when, by the simulator's clock
 */
public record Registration(Optional<String> guid, String key, String version, String extensionJson,
		Instant registeredAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The Extension object, parsed afresh so that callers cannot change the record.
	 * @return the object
	 */
	public JsonNode extension() {
		return JSON.readTree(this.extensionJson);
	}

}
