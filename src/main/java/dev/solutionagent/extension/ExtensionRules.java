package dev.solutionagent.extension;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

	private static final Set<String> DESCRIPTION_FIELDS = Set.of("label", "summary");

	private static final Set<String> CLIENT_FIELDS = Set.of("version", "description", "company", "type", "url");

	private final Api api;

	private final Findings findings;

	private ExtensionRules(Api api, boolean lenient, boolean allowHttp) {
		this.api = api;
		this.findings = new Findings(lenient, allowHttp);
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
		return check(extension, path, api, lenient, false);
	}

	/**
	 * Check one Extension object.
	 * @param extension the Extension object
	 * @param path its JSON path
	 * @param api which registration API the record is for
	 * @param lenient whether values that still hold a placeholder skip their format check
	 * @param allowHttp whether an http:// URL is a warning instead of an error
	 * @return every problem found, errors and warnings
	 */
	public static List<Problem> check(ObjectNode extension, String path, Api api, boolean lenient, boolean allowHttp) {
		ExtensionRules rules = new ExtensionRules(api, lenient, allowHttp);
		rules.extension(extension, path);
		return rules.findings.problems();
	}

	private void extension(ObjectNode extension, String path) {
		this.findings.unknownFields(extension, path, EXTENSION_FIELDS, "the Extension data object");
		key(extension.get("key"), path + ".key");
		String version = version(extension.get("version"), path + ".version");
		this.findings.nonEmptyString(extension.get("company"), path + ".company",
				"the vendor's name, such as 'Example, Inc.'");
		JsonNode description = this.findings.object(extension.get("description"), path + ".description",
				"{label, summary}");
		if (description != null) {
			this.findings.unknownFields(description, path + ".description", DESCRIPTION_FIELDS, "a Description");
			this.findings.nonEmptyString(description.get("label"), path + ".description.label", "the plug-in's name");
			this.findings.nonEmptyString(description.get("summary"), path + ".description.summary",
					"the text shown in the Client Plugins view");
		}
		client(extension.get("client"), path + ".client", version);
		new ServerRules(this.findings).check(extension.get("server"), path + ".server");
		JsonNode shown = extension.get("shownInSolutionManager");
		if (shown != null && !shown.isBoolean()) {
			this.findings.error(path + ".shownInSolutionManager", "must be true or false");
		}
		ListRules lists = new ListRules(this.findings);
		lists.idList(extension.get("faultList"), path + ".faultList", "faultID");
		lists.idList(extension.get("taskList"), path + ".taskList", "taskID");
		lists.idList(extension.get("eventList"), path + ".eventList", "eventID");
		lists.privileges(extension.get("privilegeList"), path + ".privilegeList");
		lists.resources(extension.get("resourceList"), path + ".resourceList");
	}

	private void key(JsonNode node, String path) {
		String key = this.findings.nonEmptyString(node, path, "the plug-in ID, such as com.example.myplugin");
		if (key == null || this.findings.unresolved(key)) {
			return;
		}
		for (char c : key.toCharArray()) {
			if (c < 0x20 || c > 0x7e) {
				this.findings.error(path,
						"'%s' holds a character outside 7-bit printable ASCII (U+%04X)".formatted(key, (int) c));
				return;
			}
			if (KEY_FORBIDDEN.indexOf(c) >= 0) {
				this.findings.error(path,
						"'%s' holds '%c'; a key may not hold any of , / \\ # + > < = ; \"".formatted(key, c));
				return;
			}
		}
	}

	private String version(JsonNode node, String path) {
		String example = (this.api == Api.SOLUTION_INSTALL) ? "a.b.c.d such as 1.0.0.0" : "a.b.c or a.b.c.d";
		if (node != null && node.isNumber()) {
			this.findings.error(path, "is the number %s; quote it as a string in the form %s".formatted(node, example));
			return null;
		}
		String version = this.findings.nonEmptyString(node, path, example);
		if (version == null || this.findings.unresolved(version)) {
			return null;
		}
		Pattern form = (this.api == Api.SOLUTION_INSTALL) ? FOUR_PART : THREE_OR_FOUR_PART;
		if (!form.matcher(version).matches()) {
			this.findings.error(path, "'%s' is not in the form %s%s".formatted(version, example,
					(this.api == Api.SOLUTION_INSTALL) ? " (solution install needs four numbers)" : ""));
		}
		return version;
	}

	private void client(JsonNode node, String path, String version) {
		JsonNode first = this.findings.firstElement(node, path,
				"[{type: vsphere-client-remote, url: <plugin.json URL>}]");
		if (first == null) {
			return;
		}
		this.findings.unknownFields(first, path + "[0]", CLIENT_FIELDS, "ExtensionClientInfo");
		// The ExtensionManager path fills an absent type and version, as VMware's
		// registration tool does; solution install wants them written.
		boolean filled = this.api == Api.EXTENSION_MANAGER;
		String type = (filled && first.get("type") == null) ? REMOTE_CLIENT_TYPE
				: this.findings.nonEmptyString(first.get("type"), path + "[0].type", REMOTE_CLIENT_TYPE);
		if (type != null && !type.equals(REMOTE_CLIENT_TYPE)) {
			this.findings.error(path + "[0].type",
					"is '%s'; a remote plug-in's first client is '%s'".formatted(type, REMOTE_CLIENT_TYPE));
		}
		this.findings.url(first.get("url"), path + "[0].url", "the plug-in manifest (plugin.json) URL");
		JsonNode clientVersion = first.get("version");
		if (clientVersion == null && !filled) {
			this.findings.warn(path + "[0].version",
					"is absent; the vSphere Client manages plug-in versions by it, set it to "
							+ ((version != null) ? "'" + version + "'" : "the extension version"));
		}
		else if (clientVersion != null && version != null && !version.equals(clientVersion.asString())
				&& !this.findings.unresolved(clientVersion.asString())) {
			this.findings.error(path + "[0].version", "is '%s' but the extension version is '%s'; they must be equal"
				.formatted(clientVersion.asString(), version));
		}
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
