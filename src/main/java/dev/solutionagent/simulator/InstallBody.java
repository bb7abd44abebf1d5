package dev.solutionagent.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.extension.ExtensionRules;
import dev.solutionagent.extension.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a solution-install body as vCenter would and turns it into registrations: one of
 * {@code vcenterExtensions} or {@code vcenterExtensionsPerGuid}, every Extension valid.
 */
final class InstallBody {

	static final String LIST = "vcenterExtensions";

	static final String PER_GUID = "vcenterExtensionsPerGuid";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final List<String> errors = new ArrayList<>();

	private final List<Registration> registrations = new ArrayList<>();

	private final Instant now;

	private InstallBody(Instant now) {
		this.now = now;
	}

	/**
	 * Check a body.
	 * @param body the raw body
	 * @param targets the target vCenters the simulator issued
	 * @param now the time of registration
	 * @return the registrations, when every check passes
	 * @throws Refused naming every problem, each with its JSON path
	 */
	static List<Registration> read(byte[] body, List<TargetVcenter> targets, Instant now) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Refused("the body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new Refused("the body must be a JSON object with " + LIST + " or " + PER_GUID);
		}
		boolean list = root.has(LIST);
		boolean perGuid = root.has(PER_GUID);
		if (list == perGuid) {
			throw new Refused("the body holds %s %s and %s; send exactly one of them"
				.formatted(list ? "both" : "neither", LIST, PER_GUID));
		}
		InstallBody reader = new InstallBody(now);
		if (list) {
			reader.entries(root.get(LIST), "$." + LIST, Optional.empty());
		}
		else {
			reader.perGuid(root.get(PER_GUID), targets);
		}
		if (!reader.errors.isEmpty()) {
			throw new Refused(String.join("; ", reader.errors));
		}
		return List.copyOf(reader.registrations);
	}

	private void perGuid(JsonNode node, List<TargetVcenter> targets) {
		String path = "$." + PER_GUID;
		Optional<TargetVcenter> older = targets.stream().filter((target) -> !target.isAtLeast("8.0.3")).findFirst();
		if (targets.isEmpty() || older.isPresent()) {
			throw new Refused(path + ": needs vCenter 8.0 U3 or later, but "
					+ (targets.isEmpty() ? "no target vCenters were issued (before 8.0 U2)" : "target vCenter "
							+ older.get().guid() + " reports version " + older.get().version().orElse("none (8.0 U2)"))
					+ "; send " + LIST);
		}
		if (!node.isObject()) {
			throw new Refused(path + ": must be an object from each target vCenter GUID to its extensions");
		}
		Set<String> guids = targets.stream()
			.map(TargetVcenter::guid)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> keys = new LinkedHashSet<>(node.propertyNames());
		if (!keys.equals(guids)) {
			Set<String> missing = new LinkedHashSet<>(guids);
			missing.removeAll(keys);
			Set<String> unknown = new LinkedHashSet<>(keys);
			unknown.removeAll(guids);
			throw new Refused(path + ": must have exactly the target vCenter GUIDs " + guids + "; missing " + missing
					+ ", not a target " + unknown);
		}
		guids.forEach((guid) -> entries(node.get(guid), path + "." + guid, Optional.of(guid)));
	}

	private void entries(JsonNode node, String path, Optional<String> guid) {
		if (!node.isArray() || node.isEmpty()) {
			this.errors.add(path + ": must be a non-empty list of {\"extension\": {...}}");
			return;
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "].extension";
			JsonNode extension = node.get(i).isObject() ? node.get(i).get("extension") : null;
			if (!(extension instanceof ObjectNode object)) {
				this.errors.add(at + ": is missing; each entry is {\"extension\": {...}}");
				continue;
			}
			// http plug-in URLs are the client's to refuse (validate does, unless
			// --allow-http); vCenter stores what it is given.
			List<Problem> problems = ExtensionRules.check(object, at, ExtensionRules.Api.SOLUTION_INSTALL, false, true);
			problems.stream().filter(Problem::isError).forEach((p) -> this.errors.add(p.path() + ": " + p.message()));
			String key = object.path("key").asString();
			if (!keys.add(key)) {
				this.errors.add(at + ".key: '" + key + "' is registered twice in one request");
			}
			if (problems.stream().noneMatch(Problem::isError)) {
				this.registrations.add(new Registration(guid, key, object.path("version").asString(),
						JSON.writeValueAsString(object), this.now));
			}
		}
	}

	/**
	 * A body vCenter would answer 400 for.
	 */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
