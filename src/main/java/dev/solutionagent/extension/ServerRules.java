package dev.solutionagent.extension;

import java.util.Set;

import dev.solutionagent.tls.Thumbprint;

import tools.jackson.databind.JsonNode;

/**
 * The rules for {@code server[]}: each entry has a URL, an https server has a valid
 * thumbprint, and {@code adminEmail} is a string or a list of strings.
 */
final class ServerRules {

	private static final Set<String> FIELDS = Set.of("url", "description", "company", "type", "adminEmail",
			"serverThumbprint", "serverCertificate");

	private final Findings findings;

	ServerRules(Findings findings) {
		this.findings = findings;
	}

	void check(JsonNode node, String path) {
		if (this.findings.firstElement(node, path, "[{url: <server URL>, serverThumbprint: <SHA-256>}]") == null) {
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode server = this.findings.object(node.get(i), at, "{url, serverThumbprint, type, adminEmail}");
			if (server == null) {
				continue;
			}
			this.findings.unknownFields(server, at, FIELDS, "ExtensionServerInfo");
			String url = this.findings.url(server.get("url"), at + ".url", "the plug-in server's URL");
			boolean https = url == null || url.regionMatches(true, 0, "https:", 0, 6);
			JsonNode thumbprint = server.get("serverThumbprint");
			if (thumbprint != null || https) {
				thumbprint(thumbprint, at + ".serverThumbprint");
			}
			JsonNode type = server.get("type");
			if (type != null && !type.isString()) {
				this.findings.error(at + ".type", "must be a string, such as MANIFEST_SERVER");
			}
			adminEmail(server.get("adminEmail"), at + ".adminEmail");
		}
	}

	private void thumbprint(JsonNode node, String path) {
		String text = this.findings.nonEmptyString(node, path,
				"the SHA-256 thumbprint of the plug-in server's certificate, " + "or ${appliance.thumbprint}");
		if (text == null || this.findings.unresolved(text)) {
			return;
		}
		try {
			if (Thumbprint.parse(text).algorithm() == Thumbprint.Algorithm.SHA1) {
				this.findings.warn(path, "is a SHA-1 thumbprint; the vSphere Client expects the SHA-256 thumbprint");
			}
		}
		catch (IllegalArgumentException ex) {
			this.findings.error(path, ex.getMessage());
		}
	}

	private void adminEmail(JsonNode node, String path) {
		if (node == null || node.isString()) {
			return;
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				if (!node.get(i).isString()) {
					this.findings.error(path + "[" + i + "]", "must be a string (an e-mail address)");
				}
			}
			return;
		}
		this.findings.error(path, "must be a string or a list of strings");
	}

}
