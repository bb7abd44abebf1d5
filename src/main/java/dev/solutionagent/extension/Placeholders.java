package dev.solutionagent.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.solutionagent.Suggestions;
import dev.solutionagent.environment.SecretKey;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Resolves {@code ${...}} placeholders in every string value of a descriptor tree.
 * {@code $${} writes a literal {@code ${}.
 */
public final class Placeholders {

	/** The placeholders besides {@code ${ovf.<key>}}. */
	public static final List<String> NAMES = List.of("appliance.address", "appliance.thumbprint", "vcenter.guid",
			"vcenter.hostname", "vcenter.version");

	private static final Pattern TOKEN = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}|\\$\\{");

	private Placeholders() {
	}

	/**
	 * Replace every placeholder in the string values of a tree, in place.
	 * @param tree the tree (a copy the caller owns)
	 * @param path the JSON path of the tree, for problems
	 * @param context the values
	 * @return the problems found: unknown or unresolvable placeholders
	 */
	public static List<Problem> resolve(ObjectNode tree, String path, PlaceholderContext context) {
		List<Problem> problems = new ArrayList<>();
		walk(tree, path, context, problems);
		return problems;
	}

	/**
	 * Whether a string may still hold an unresolved placeholder (lenient resolution).
	 * @param value a resolved string
	 * @return {@code true} when rules cannot check the value yet
	 */
	public static boolean isUnresolved(String value) {
		return value.contains("${");
	}

	private static void walk(JsonNode node, String path, PlaceholderContext context, List<Problem> problems) {
		if (node instanceof ObjectNode object) {
			for (Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
				String fieldPath = path + "." + field.getKey();
				if (field.getValue().isString()) {
					object.set(field.getKey(),
							substitute(field.getValue().stringValue(), fieldPath, context, problems));
				}
				else {
					walk(field.getValue(), fieldPath, context, problems);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				String elementPath = path + "[" + i + "]";
				if (array.get(i).isString()) {
					array.set(i, substitute(array.get(i).stringValue(), elementPath, context, problems));
				}
				else {
					walk(array.get(i), elementPath, context, problems);
				}
			}
		}
	}

	private static StringNode substitute(String text, String path, PlaceholderContext context, List<Problem> problems) {
		Matcher matcher = TOKEN.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			if (matcher.group().equals("$${")) {
				replacement = "${";
			}
			else if (matcher.group(1) == null) {
				problems.add(Problem.error(path, "has '${' without a closing '}'; write $${ for a literal ${"));
				replacement = matcher.group();
			}
			else {
				replacement = value(matcher.group(1).strip(), path, context, problems).orElse(matcher.group());
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return StringNode.valueOf(result.toString());
	}

	private static Optional<String> value(String name, String path, PlaceholderContext context,
			List<Problem> problems) {
		String placeholder = "${" + name + "}";
		try {
			if (name.startsWith("ovf.")) {
				return ovf(name.substring(4), placeholder, path, context, problems);
			}
			switch (name) {
				case "appliance.address":
					return Optional.of(context.applianceAddress().get());
				case "appliance.thumbprint":
					return Optional.of(context.applianceThumbprint().get().toString());
				case "vcenter.guid":
				case "vcenter.hostname":
				case "vcenter.version":
					return vcenter(name.substring(8), placeholder, path, context, problems);
				default:
					problems.add(Problem
						.error(path, "uses unknown placeholder %s%s; known are ${ovf.<property key>}, %s".formatted(
								placeholder,
								Suggestions.closest(name, NAMES).map((n) -> " (did you mean ${" + n + "}?)").orElse(""),
								String.join(", ", NAMES.stream().map((n) -> "${" + n + "}").toList()))));
					return Optional.empty();
			}
		}
		catch (IllegalStateException ex) {
			// Lenient (validate): said, but not an error, since the value may exist only
			// on the appliance (a certificate made at first boot).
			problems.add(context.lenient()
					? Problem.warning(path,
							placeholder + " is not resolved, so the value is not checked: " + ex.getMessage())
					: Problem.error(path, placeholder + " cannot be resolved: " + ex.getMessage()));
			return Optional.empty();
		}
	}

	private static Optional<String> ovf(String key, String placeholder, String path, PlaceholderContext context,
			List<Problem> problems) {
		Optional<SecretKey> secret = SecretKey.of(key);
		if (secret.isPresent()) {
			problems.add(Problem.error(path,
					placeholder + " is refused: " + secret.get().reason() + ", never in the payload"));
			return Optional.empty();
		}
		if (context.ovf().isEmpty()) {
			if (!context.lenient()) {
				problems.add(Problem.error(path, placeholder + " needs an OVF environment; pass --ovf-env FILE"));
			}
			return Optional.empty();
		}
		Map<String, String> properties = context.ovf().get();
		if (!properties.containsKey(key)) {
			problems.add(Problem.error(path,
					"%s: the OVF environment has no property '%s'%s; declare it in the ".formatted(placeholder, key,
							Suggestions.closest(key, properties.keySet())
								.filter((known) -> SecretKey.of(known).isEmpty())
								.map((known) -> " (did you mean ${ovf." + known + "}?)")
								.orElse(""))
							+ "ProductSection of the appliance's OVF descriptor"));
			return Optional.empty();
		}
		return Optional.of(properties.get(key));
	}

	private static Optional<String> vcenter(String field, String placeholder, String path, PlaceholderContext context,
			List<Problem> problems) {
		if (context.vcenter().isEmpty()) {
			if (!context.lenient()) {
				problems.add(Problem.error(path, placeholder + " is only available in a per-GUID payload (every target "
						+ "vCenter 8.0 U3 or later, or agent.payload.shape=per-guid)"));
			}
			return Optional.empty();
		}
		TargetVcenter target = context.vcenter().get();
		switch (field) {
			case "guid":
				return Optional.of(target.guid());
			case "hostname":
				return Optional.of(target.hostname());
			default:
				if (target.version().isEmpty()) {
					problems.add(Problem.error(path, "%s: vCenter %s sends no %s".formatted(placeholder,
							target.hostname(), SolutionInstallContext.targetKey(target.index(), "version"))));
				}
				return target.version();
		}
	}

}
