package dev.solutionagent.simulator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Solution-install bodies for tests, valid unless a test breaks them on purpose.
 */
final class Bodies {

	static final String PLUGIN_THUMBPRINT = "19:FD:2B:0E:62:5E:0E:10:FF:24:34:7A:81:F1:D5:33:"
			+ "19:A7:22:A0:DA:33:27:07:90:0F:8E:8D:72:F1:BD:F1";

	private Bodies() {
	}

	static String extension(String key, String version) {
		return """
				{"extension": {
				  "key": "%s", "version": "%s", "company": "Example, Inc.",
				  "description": {"label": "Example", "summary": "An example plug-in"},
				  "client": [{"type": "vsphere-client-remote", "url": "https://10.0.0.50:8443/plugin.json",
				    "version": "%s"}],
				  "server": [{"url": "https://10.0.0.50:8443", "serverThumbprint": "%s", "type": "MANIFEST_SERVER"}],
				  "shownInSolutionManager": true}}""".formatted(key, version, version, PLUGIN_THUMBPRINT);
	}

	static String list(String... extensions) {
		return "{\"vcenterExtensions\": [" + String.join(",", extensions) + "]}";
	}

	static String perGuid(List<String> guids, String extension) {
		return "{\"vcenterExtensionsPerGuid\": {"
				+ guids.stream().map((guid) -> "\"" + guid + "\": [" + extension + "]").collect(Collectors.joining(","))
				+ "}}";
	}

	static String valid() {
		return list(extension("com.example.plugin", "1.0.0.0"));
	}

}
