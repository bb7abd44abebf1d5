package dev.solutionagent.extension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.solutionagent.environment.TargetVcenter;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the solution-install body from a descriptor: resolves placeholders (once, or
 * once per target vCenter), applies every rule, and picks the shape.
 */
public final class PayloadBuilder {

	/** The first vCenter release that accepts {@code vcenterExtensionsPerGuid}. */
	public static final String PER_GUID_MINIMUM = "8.0.3";

	private static final ObjectMapper JSON = JsonMapper
		.builder(JsonFactory.builder().characterEscapes(new JsonControlEscapes()).build())
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private PayloadBuilder() {
	}

	/**
	 * Resolve and check every extension of a descriptor for one context.
	 * @param descriptor the descriptor
	 * @param context the placeholder values
	 * @param api the API the records are for
	 * @return the records and every problem found
	 */
	public static Resolution resolve(Descriptor descriptor, PlaceholderContext context, ExtensionRules.Api api) {
		List<Extension> extensions = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, String> keys = new HashMap<>();
		for (int i = 0; i < descriptor.size(); i++) {
			ObjectNode json = descriptor.extension(i);
			String path = descriptor.pathOf(i);
			List<Problem> placeholders = Placeholders.resolve(json, path, context);
			problems.addAll(placeholders);
			coerceBoolean(json, "shownInSolutionManager");
			// A value whose placeholder failed still holds "${": the rules would only
			// add a second, confusing error about the same value.
			Set<String> unresolved = placeholders.stream()
				.filter(Problem::isError)
				.map(Problem::path)
				.collect(Collectors.toSet());
			ExtensionRules.check(json, path, api, context.lenient(), context.allowHttp())
				.stream()
				.filter((problem) -> !unresolved.contains(problem.path()))
				.forEach(problems::add);
			String previous = keys.putIfAbsent(json.path("key").asString(), path + ".key");
			if (previous != null) {
				problems.add(Problem.error(path + ".key", "'%s' repeats %s; each extension needs its own key"
					.formatted(json.path("key").asString(), previous)));
			}
			extensions.add(new Extension(json));
		}
		return new Resolution(extensions, problems);
	}

	/**
	 * Build the body.
	 * @param descriptor the descriptor
	 * @param context the placeholder values, without a target vCenter
	 * @param requested the shape asked for
	 * @param targets the target vCenters from the OVF environment
	 * @return the payload, with any warnings
	 * @throws DescriptorException listing every error
	 */
	public static Payload build(Descriptor descriptor, PlaceholderContext context, PayloadShape requested,
			List<TargetVcenter> targets) {
		List<Problem> problems = new ArrayList<>();
		Map<String, List<Extension>> byGuid = new LinkedHashMap<>();
		PayloadShape shape = choose(requested, targets);
		if (shape == PayloadShape.PER_GUID && targets.isEmpty()) {
			throw new DescriptorException(descriptor,
					List.of(Problem.error("$", "agent.payload.shape is "
							+ "per-guid but the OVF environment names no target vCenters "
							+ "(solutionInstall.targetVcenterServers.*, vSphere 8.0 U2 and later); use auto or list")));
		}
		if (shape == PayloadShape.PER_GUID) {
			Map<Problem, List<String>> seenFor = new LinkedHashMap<>();
			for (TargetVcenter target : targets) {
				Resolution resolution = resolve(descriptor, context.forVcenter(target),
						ExtensionRules.Api.SOLUTION_INSTALL);
				resolution.problems()
					.forEach((problem) -> seenFor.computeIfAbsent(problem, (p) -> new ArrayList<>())
						.add(target.hostname()));
				byGuid.put(target.guid(), resolution.extensions());
			}
			// A problem every vCenter shares is said once; one that only some have names
			// them.
			seenFor.forEach((problem, hosts) -> problems
				.add((hosts.size() == targets.size()) ? problem : new Problem(problem.severity(), problem.path(),
						problem.message() + " (for vCenter " + String.join(", ", hosts) + ")")));
		}
		else {
			Resolution resolution = resolve(descriptor, context, ExtensionRules.Api.SOLUTION_INSTALL);
			problems.addAll(resolution.problems());
			byGuid.put("", resolution.extensions());
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			throw new DescriptorException(descriptor, problems);
		}
		return new Payload(shape, reason(requested, shape, targets), byGuid, problems, body(shape, byGuid));
	}

	static PayloadShape choose(PayloadShape requested, List<TargetVcenter> targets) {
		if (requested != PayloadShape.AUTO) {
			return requested;
		}
		boolean allNew = !targets.isEmpty() && targets.stream().allMatch((t) -> t.isAtLeast(PER_GUID_MINIMUM));
		return allNew ? PayloadShape.PER_GUID : PayloadShape.LIST;
	}

	private static String reason(PayloadShape requested, PayloadShape shape, List<TargetVcenter> targets) {
		if (requested != PayloadShape.AUTO) {
			return "agent.payload.shape=" + requested;
		}
		if (targets.isEmpty()) {
			return "no target vCenters in the environment (vSphere before 8.0 U2)";
		}
		if (shape == PayloadShape.PER_GUID) {
			return "all %d target vCenters report version %s or later".formatted(targets.size(), PER_GUID_MINIMUM);
		}
		return "not every target vCenter reports version %s or later (%s)".formatted(PER_GUID_MINIMUM,
				targets.stream()
					.map((t) -> t.hostname() + " " + t.version().orElse("no version"))
					.collect(Collectors.joining(", ")));
	}

	private static byte[] body(PayloadShape shape, Map<String, List<Extension>> byGuid) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		if (shape == PayloadShape.PER_GUID) {
			ObjectNode perGuid = root.putObject(shape.property());
			byGuid.forEach((guid, extensions) -> perGuid.set(guid, wrapped(extensions)));
		}
		else {
			root.set(shape.property(), wrapped(byGuid.get("")));
		}
		return JSON.writeValueAsBytes(root);
	}

	private static ArrayNode wrapped(List<Extension> extensions) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		extensions.forEach((extension) -> array.addObject().set("extension", extension.toJson()));
		return array;
	}

	// A placeholder always yields a string; the Extension object wants a boolean here.
	private static void coerceBoolean(ObjectNode json, String field) {
		JsonNode value = json.get(field);
		if (value != null && value.isString() && value.stringValue().matches("(?i)true|false")) {
			json.set(field, BooleanNode.valueOf(Boolean.parseBoolean(value.stringValue())));
		}
	}

	/**
	 * The records resolved for one context and what was wrong with them.
	 *
	 * @param extensions the records, whether or not they passed
	 * @param problems errors and warnings
	 */
	public record Resolution(List<Extension> extensions, List<Problem> problems) {

		public Resolution {
			extensions = List.copyOf(extensions);
			problems = List.copyOf(problems);
		}

		public boolean hasErrors() {
			return this.problems.stream().anyMatch(Problem::isError);
		}

	}

}
