package dev.solutionagent.extension;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.solutionagent.tls.Thumbprint;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * vSphere's rules for an Extension record, each broken rule reported with its JSON path
 * and every one of them at once.
 */
public final class ExtensionRules {

	/** The client type of a remote plug-in. */
	public static final String REMOTE_CLIENT_TYPE = "vsphere-client-remote";

	private static final Pattern FOUR_PART = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

	private static final Pattern THREE_OR_FOUR_PART = Pattern.compile("\\d+\\.\\d+\\.\\d+(\\.\\d+)?");

	private static final String KEY_FORBIDDEN = ",/\\#+><=;\"";

	// The properties of the Extension data object in the vSphere Web Services API.
	private static final Set<String> EXTENSION_FIELDS = Set.of("description", "key", "company", "type", "version",
			"subjectName", "server", "client", "taskList", "eventList", "faultList", "privilegeList", "resourceList",
			"lastHeartbeatTime", "healthInfo", "ovfConsumerInfo", "extendedProductInfo", "managedEntityInfo",
			"shownInSolutionManager", "solutionManagerInfo");

	private final Api api;

	private final boolean lenient;

	private final List<Problem> problems = new ArrayList<>();

	private ExtensionRules(Api api, boolean lenient) {
		this.api = api;
		this.lenient = lenient;
	}

	/**
	 * Check one resolved Extension object.
	 * @param extension the Extension object
	 * @param path its JSON path
	 * @param api which registration API the record is for
	 * @return every problem found, errors and warnings
	 */
	public static List<Problem> check(ObjectNode extension, String path, Api api) {
		return check(extension, path, api, false);
	}

	/**
	 * Check one Extension object whose placeholders may not all be resolved yet.
	 * @param extension the Extension object
	 * @param path its JSON path
	 * @param api which registration API the record is for
	 * @param lenient whether values that still hold a placeholder skip their format check
	 * (validate without an OVF environment)
	 * @return every problem found, errors and warnings
	 */
	public static List<Problem> check(ObjectNode extension, String path, Api api, boolean lenient) {
		ExtensionRules rules = new ExtensionRules(api, lenient);
		rules.extension(extension, path);
		return List.copyOf(rules.problems);
	}

	private void extension(ObjectNode extension, String path) {
		for (String field : extension.propertyNames()) {
			if (!EXTENSION_FIELDS.contains(field)) {
				warn(path + "." + field, "is not a property of the Extension data object; check the spelling");
			}
		}
		key(extension.get("key"), path + ".key");
		String version = version(extension.get("version"), path + ".version");
		nonEmptyString(extension.get("company"), path + ".company", "the vendor's name, such as 'Example, Inc.'");
		JsonNode description = object(extension.get("description"), path + ".description", "{label, summary}");
		if (description != null) {
			nonEmptyString(description.get("label"), path + ".description.label", "the plug-in's name");
			nonEmptyString(description.get("summary"), path + ".description.summary",
					"the text shown in the Client Plugins view");
		}
		client(extension.get("client"), path + ".client", version);
		server(extension.get("server"), path + ".server");
		JsonNode shown = extension.get("shownInSolutionManager");
		if (shown != null && !shown.isBoolean()) {
			error(path + ".shownInSolutionManager", "must be true or false");
		}
		idList(extension.get("faultList"), path + ".faultList", "faultID");
		idList(extension.get("taskList"), path + ".taskList", "taskID");
		idList(extension.get("eventList"), path + ".eventList", "eventID");
		privileges(extension.get("privilegeList"), path + ".privilegeList");
		resources(extension.get("resourceList"), path + ".resourceList");
	}

	private void key(JsonNode node, String path) {
		String key = nonEmptyString(node, path, "the plug-in ID, such as com.example.myplugin");
		if (key == null || unresolved(key)) {
			return;
		}
		for (char c : key.toCharArray()) {
			if (c < 0x20 || c > 0x7e) {
				error(path, "'%s' holds a character outside 7-bit printable ASCII (U+%04X)".formatted(key, (int) c));
				return;
			}
			if (KEY_FORBIDDEN.indexOf(c) >= 0) {
				error(path, "'%s' holds '%c'; a key may not hold any of , / \\ # + > < = ; \"".formatted(key, c));
				return;
			}
		}
	}

	private String version(JsonNode node, String path) {
		String example = (this.api == Api.SOLUTION_INSTALL) ? "a.b.c.d such as 1.0.0.0" : "a.b.c or a.b.c.d";
		if (node != null && node.isNumber()) {
			error(path, "is the number %s; quote it as a string in the form %s".formatted(node, example));
			return null;
		}
		String version = nonEmptyString(node, path, example);
		if (version == null || unresolved(version)) {
			return null;
		}
		Pattern form = (this.api == Api.SOLUTION_INSTALL) ? FOUR_PART : THREE_OR_FOUR_PART;
		if (!form.matcher(version).matches()) {
			error(path, "'%s' is not in the form %s%s".formatted(version, example,
					(this.api == Api.SOLUTION_INSTALL) ? " (solution install needs four numbers)" : ""));
		}
		return version;
	}

	private void client(JsonNode node, String path, String version) {
		JsonNode first = firstElement(node, path, "[{type: vsphere-client-remote, url: <plugin.json URL>}]");
		if (first == null) {
			return;
		}
		// The ExtensionManager path fills an absent type and version, as VMware's
		// registration tool does; solution install wants them written.
		boolean filled = this.api == Api.EXTENSION_MANAGER;
		String type = (filled && first.get("type") == null) ? REMOTE_CLIENT_TYPE
				: nonEmptyString(first.get("type"), path + "[0].type", REMOTE_CLIENT_TYPE);
		if (type != null && !type.equals(REMOTE_CLIENT_TYPE)) {
			error(path + "[0].type",
					"is '%s'; a remote plug-in's first client is '%s'".formatted(type, REMOTE_CLIENT_TYPE));
		}
		url(first.get("url"), path + "[0].url", "the plug-in manifest (plugin.json) URL");
		JsonNode clientVersion = first.get("version");
		if (clientVersion == null && !filled) {
			warn(path + "[0].version", "is absent; the vSphere Client manages plug-in versions by it, set it to "
					+ ((version != null) ? "'" + version + "'" : "the extension version"));
		}
		else if (clientVersion != null && version != null && !version.equals(clientVersion.asString())
				&& !unresolved(clientVersion.asString())) {
			error(path + "[0].version", "is '%s' but the extension version is '%s'; they must be equal"
				.formatted(clientVersion.asString(), version));
		}
	}

	private void server(JsonNode node, String path) {
		if (firstElement(node, path, "[{url: <server URL>, serverThumbprint: <SHA-256>}]") == null) {
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode server = object(node.get(i), at, "{url, serverThumbprint, type, adminEmail}");
			if (server == null) {
				continue;
			}
			String url = url(server.get("url"), at + ".url", "the plug-in server's URL");
			boolean https = url == null || url.regionMatches(true, 0, "https:", 0, 6);
			JsonNode thumbprint = server.get("serverThumbprint");
			if (thumbprint != null || https) {
				thumbprint(thumbprint, at + ".serverThumbprint");
			}
			JsonNode type = server.get("type");
			if (type != null && !type.isString()) {
				error(at + ".type", "must be a string, such as MANIFEST_SERVER");
			}
			adminEmail(server.get("adminEmail"), at + ".adminEmail");
		}
	}

	private void thumbprint(JsonNode node, String path) {
		String text = nonEmptyString(node, path,
				"the SHA-256 thumbprint of the plug-in server's certificate, " + "or ${appliance.thumbprint}");
		if (text == null || unresolved(text)) {
			return;
		}
		try {
			if (Thumbprint.parse(text).algorithm() == Thumbprint.Algorithm.SHA1) {
				warn(path, "is a SHA-1 thumbprint; the vSphere Client expects the SHA-256 thumbprint");
			}
		}
		catch (IllegalArgumentException ex) {
			error(path, ex.getMessage());
		}
	}

	private void adminEmail(JsonNode node, String path) {
		if (node == null || node.isString()) {
			return;
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				if (!node.get(i).isString()) {
					error(path + "[" + i + "]", "must be a string (an e-mail address)");
				}
			}
			return;
		}
		error(path, "must be a string or a list of strings");
	}

	private void idList(JsonNode node, String path, String idField) {
		if (node == null) {
			return;
		}
		if (!node.isArray()) {
			error(path, "must be a list of {%s: ...}".formatted(idField));
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode entry = object(node.get(i), path + "[" + i + "]", "{" + idField + ": ...}");
			if (entry != null) {
				nonEmptyString(entry.get(idField), path + "[" + i + "]." + idField, "an identifier");
			}
		}
	}

	private void privileges(JsonNode node, String path) {
		if (node == null) {
			return;
		}
		if (!node.isArray()) {
			error(path, "must be a list of {privID, privGroupName}");
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode entry = object(node.get(i), at, "{privID, privGroupName}");
			if (entry == null) {
				continue;
			}
			String group = nonEmptyString(entry.get("privGroupName"), at + ".privGroupName", "the privilege group");
			String id = nonEmptyString(entry.get("privID"), at + ".privID", "<privGroupName>.<name>");
			if (group != null && id != null && !(id.startsWith(group + ".") && id.length() > group.length() + 1)) {
				error(at + ".privID", "'%s' must be '<privGroupName>.<name>', here '%s.<name>'".formatted(id, group));
			}
		}
	}

	private void resources(JsonNode node, String path) {
		if (node == null) {
			return;
		}
		if (!node.isArray()) {
			error(path, "must be a list of {locale, module, data}");
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode entry = object(node.get(i), at, "{locale, module, data}");
			if (entry == null) {
				continue;
			}
			nonEmptyString(entry.get("locale"), at + ".locale", "a locale such as en_US");
			nonEmptyString(entry.get("module"), at + ".module", "a module such as 'task'");
			JsonNode data = entry.get("data");
			if (data == null || !data.isArray() || data.isEmpty()) {
				error(at + ".data", "must be a non-empty list of {key, value}");
				continue;
			}
			for (int j = 0; j < data.size(); j++) {
				JsonNode pair = object(data.get(j), at + ".data[" + j + "]", "{key, value}");
				if (pair != null) {
					nonEmptyString(pair.get("key"), at + ".data[" + j + "].key", "a resource key");
					if (pair.get("value") == null || !pair.get("value").isString()) {
						error(at + ".data[" + j + "].value", "must be a string");
					}
				}
			}
		}
	}

	private String url(JsonNode node, String path, String what) {
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
			if (scheme.equals("http")) {
				warn(path, "'%s' uses http; the vSphere Client expects https in production".formatted(text));
			}
			return text;
		}
		catch (URISyntaxException ex) {
			error(path, "'%s' is not a valid URL (%s)".formatted(text, ex.getReason()));
			return null;
		}
	}

	private JsonNode firstElement(JsonNode node, String path, String example) {
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

	private JsonNode object(JsonNode node, String path, String example) {
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

	private String nonEmptyString(JsonNode node, String path, String what) {
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

	private boolean unresolved(String value) {
		return this.lenient && Placeholders.isUnresolved(value);
	}

	private void error(String path, String message) {
		this.problems.add(Problem.error(path, message));
	}

	private void warn(String path, String message) {
		this.problems.add(Problem.warning(path, message));
	}

	/**
	 * The registration API a record is checked for.
	 */
	public enum Api {

		/** {@code POST /api/ui/solutioninstall}: versions are a.b.c.d. */
		SOLUTION_INSTALL,

		/**
		 * vim25 ExtensionManager: versions may be a.b.c, as VMware's registration tool
		 * allows.
		 */
		EXTENSION_MANAGER

	}

}
