package dev.solutionagent.extension;

import tools.jackson.databind.JsonNode;

/**
 * The rules for the optional lists: faults, tasks and events carry their ID, privileges
 * are {@code <privGroupName>.<name>}, resources have a locale, a module and data.
 */
final class ListRules {

	private final Findings findings;

	ListRules(Findings findings) {
		this.findings = findings;
	}

	void idList(JsonNode node, String path, String idField) {
		if (node == null) {
			return;
		}
		if (!node.isArray()) {
			this.findings.error(path, "must be a list of {%s: ...}".formatted(idField));
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode entry = this.findings.object(node.get(i), path + "[" + i + "]", "{" + idField + ": ...}");
			if (entry != null) {
				this.findings.nonEmptyString(entry.get(idField), path + "[" + i + "]." + idField, "an identifier");
			}
		}
	}

	void privileges(JsonNode node, String path) {
		if (node == null) {
			return;
		}
		if (!node.isArray()) {
			this.findings.error(path, "must be a list of {privID, privGroupName}");
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode entry = this.findings.object(node.get(i), at, "{privID, privGroupName}");
			if (entry == null) {
				continue;
			}
			String group = this.findings.nonEmptyString(entry.get("privGroupName"), at + ".privGroupName",
					"the privilege group");
			String id = this.findings.nonEmptyString(entry.get("privID"), at + ".privID", "<privGroupName>.<name>");
			if (group != null && id != null && !(id.startsWith(group + ".") && id.length() > group.length() + 1)) {
				this.findings.error(at + ".privID",
						"'%s' must be '<privGroupName>.<name>', here '%s.<name>'".formatted(id, group));
			}
		}
	}

	void resources(JsonNode node, String path) {
		if (node == null) {
			return;
		}
		if (!node.isArray()) {
			this.findings.error(path, "must be a list of {locale, module, data}");
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode entry = this.findings.object(node.get(i), at, "{locale, module, data}");
			if (entry == null) {
				continue;
			}
			this.findings.nonEmptyString(entry.get("locale"), at + ".locale", "a locale such as en_US");
			this.findings.nonEmptyString(entry.get("module"), at + ".module", "a module such as 'task'");
			JsonNode data = entry.get("data");
			if (data == null || !data.isArray() || data.isEmpty()) {
				this.findings.error(at + ".data", "must be a non-empty list of {key, value}");
				continue;
			}
			for (int j = 0; j < data.size(); j++) {
				JsonNode pair = this.findings.object(data.get(j), at + ".data[" + j + "]", "{key, value}");
				if (pair != null) {
					this.findings.nonEmptyString(pair.get("key"), at + ".data[" + j + "].key", "a resource key");
					if (pair.get("value") == null || !pair.get("value").isString()) {
						this.findings.error(at + ".data[" + j + "].value", "must be a string");
					}
				}
			}
		}
	}

}
