package dev.solutionagent.extension;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.solutionagent.Suggestions;

import tools.jackson.databind.JsonNode;

/**
 * What the rules found so far, and the checks every rule is built from: a present
 * non-empty string, an object, a non-empty list, an absolute https URL.
 */
final class Findings {

	private final boolean lenient;

	private final boolean allowHttp;

	private final List<Problem> problems = new ArrayList<>();

	/**
	 * Create an empty record of findings.
	 * @param lenient whether values that still hold a placeholder skip their format check
	 * @param allowHttp whether an http:// URL is a warning instead of an error
	 */
	Findings(boolean lenient, boolean allowHttp) {
		this.lenient = lenient;
		this.allowHttp = allowHttp;
	}

	List<Problem> problems() {
		return List.copyOf(this.problems);
	}

	String url(JsonNode node, String path, String what) {
		String text = nonEmptyString(node, path, what);
		if (text == null || unresolved(text)) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
				error(path, "'%s' is not an absolute https URL; expected %s".formatted(text, what));
				return null;
			}
			if (uri.getPort() == 0 || uri.getPort() > 65535) {
				error(path, "'%s' has port %d; a port is 1 to 65535".formatted(text, uri.getPort()));
				return null;
			}
			if (uri.getRawUserInfo() != null) {
				error(path, "'%s' carries a user name in the URL; the vSphere Client fetches it without credentials"
					.formatted(text.replace(uri.getRawUserInfo() + "@", "...@")));
				return null;
			}
			if (scheme.equals("http") && this.allowHttp) {
				warn(path, "'%s' uses http; the vSphere Client loads remote plug-ins over https only".formatted(text));
			}
			else if (scheme.equals("http")) {
				error(path, "'%s' uses http; the vSphere Client loads remote plug-ins over https only, ".formatted(text)
						+ "and the preflight cannot check it. Use https, or pass --allow-http for a lab");
				return null;
			}
			return text;
		}
		catch (URISyntaxException ex) {
			error(path, "'%s' is not a valid URL (%s)".formatted(text, ex.getReason()));
			return null;
		}
	}

	/**
	 * Warn about properties an object of the vSphere API does not have, with the closest
	 * one it has (a misspelt or miscased name is otherwise silently not sent as meant).
	 * @param object the object
	 * @param path its JSON path
	 * @param known the properties it has
	 * @param what its name, for the message
	 */
	void unknownFields(JsonNode object, String path, Set<String> known, String what) {
		for (String field : object.propertyNames()) {
			if (!known.contains(field)) {
				String hint = Suggestions.didYouMean(field, known);
				warn(path + "." + field,
						"is not a property of %s%s".formatted(what, hint.isEmpty() ? "; check the spelling" : hint));
			}
		}
	}

	JsonNode firstElement(JsonNode node, String path, String example) {
		if (node == null) {
			error(path, "is missing; expected " + example);
			return null;
		}
		if (!node.isArray() || node.isEmpty()) {
			error(path, "must be a non-empty list; expected " + example);
			return null;
		}
		return object(node.get(0), path + "[0]", example);
	}

	JsonNode object(JsonNode node, String path, String example) {
		if (node == null) {
			error(path, "is missing; expected " + example);
			return null;
		}
		if (!node.isObject()) {
			error(path, "must be an object " + example);
			return null;
		}
		return node;
	}

	String nonEmptyString(JsonNode node, String path, String what) {
		if (node == null || node.isNull()) {
			error(path, "is missing; expected " + what);
			return null;
		}
		if (!node.isString()) {
			error(path, "must be a string; expected " + what);
			return null;
		}
		if (node.stringValue().isBlank()) {
			error(path, "is empty; expected " + what);
			return null;
		}
		return node.stringValue();
	}

	boolean unresolved(String value) {
		return this.lenient && Placeholders.isUnresolved(value);
	}

	void error(String path, String message) {
		this.problems.add(Problem.error(path, message));
	}

	void warn(String path, String message) {
		this.problems.add(Problem.warning(path, message));
	}

}
