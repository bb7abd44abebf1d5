package dev.solutionagent.vim;

import java.nio.file.Path;

import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.DescriptorException;
import dev.solutionagent.extension.Problem;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the ExtensionManager path fills and refuses beyond solution install.
 */
class SoapExtensionTests {

	private static final String THUMBPRINT = "AB:".repeat(31) + "AB";

	@Test
	void fillWhenOnlySolutionInstallFieldsThenClientServerHeartbeatAsTheRegistrationTool() {
		JsonNode json = prepare(
				"""
						{"key": "com.example.p", "version": "1.0.0", "company": "Example",
						 "description": {"label": "L", "summary": "S"},
						 "client": [{"url": "https://p.example.com/plugin.json"}],
						 "server": [{"url": "https://p.example.com", "serverThumbprint": "%s", "adminEmail": "ops@example.com"}]}
						""")
			.json();
		JsonNode client = json.path("client").path(0);
		assertThat(client.path("type").asString()).isEqualTo("vsphere-client-remote");
		assertThat(client.path("version").asString()).isEqualTo("1.0.0");
		assertThat(client.path("company").asString()).isEqualTo("Example");
		assertThat(client.path("description").path("label").asString()).isEqualTo("L");
		JsonNode server = json.path("server").path(0);
		assertThat(server.path("type").asString()).isEqualTo("MANIFEST_SERVER");
		assertThat(server.path("company").asString()).isEqualTo("Example");
		assertThat(server.path("description").path("summary").asString()).isEqualTo("S");
		assertThat(server.path("adminEmail").isArray()).isTrue();
		assertThat(server.path("adminEmail").path(0).asString()).isEqualTo("ops@example.com");
		assertThat(json.path("lastHeartbeatTime").asString()).isEqualTo("2026-11-23T10:00:00Z");
	}

	@Test
	void fillWhenDescriptorSaysThenItsValuesWin() {
		JsonNode json = prepare("""
				{"key": "com.example.p", "version": "1.0.0", "company": "Example",
				 "description": {"label": "L", "summary": "S"},
				 "client": [{"url": "https://p.example.com/plugin.json", "type": "vsphere-client-remote",
				             "company": "Client Co"}],
				 "server": [{"url": "https://p.example.com", "serverThumbprint": "%s", "type": "PLUGIN_SERVER",
				             "adminEmail": ["a@example.com", "b@example.com"]}]}
				""").json();
		assertThat(json.path("client").path(0).path("company").asString()).isEqualTo("Client Co");
		assertThat(json.path("server").path(0).path("type").asString()).isEqualTo("PLUGIN_SERVER");
		assertThat(json.path("server").path(0).path("adminEmail").size()).isEqualTo(2);
	}

	@Test
	void prepareWhenThreePartVersionThenAcceptedUnlikeSolutionInstall() {
		assertThat(
				prepare("""
						{"key": "com.example.p", "version": "3.2.0", "company": "Example",
						 "description": {"label": "L", "summary": "S"},
						 "client": [{"url": "https://p.example.com/plugin.json", "version": "3.2.0"}],
						 "server": [{"url": "https://p.example.com", "serverThumbprint": "%s", "adminEmail": "ops@example.com"}]}
						""")
					.version())
			.isEqualTo("3.2.0");
	}

	@Test
	void prepareWhenAdminEmailMissingOrUnsupportedFieldsThenEveryErrorWithItsPath() {
		assertThatExceptionOfType(DescriptorException.class).isThrownBy(() -> prepare("""
				{"key": "com.example.p", "version": "1.0.0", "company": "Example",
				 "description": {"label": "L", "summary": "S"},
				 "client": [{"url": "https://p.example.com/plugin.json"}],
				 "server": [{"url": "https://p.example.com", "serverThumbprint": "%s", "serverCertificate": "PEM"}],
				 "solutionManagerInfo": {"smallIconUrl": "https://p.example.com/i.png"}}
				"""))
			.satisfies((ex) -> assertThat(ex.problems()).filteredOn(Problem::isError)
				.extracting(Problem::path)
				.containsExactlyInAnyOrder("$.server[0].adminEmail", "$.server[0].serverCertificate",
						"$.solutionManagerInfo"));
	}

	private static SoapExtension prepare(String json) {
		return SoapExtension
			.fromDescriptor(Descriptor.parse(Path.of("d.json"), json.formatted(THUMBPRINT)), VimFixtures.context(),
					VimFixtures.NOW)
			.extensions()
			.get(0);
	}

}
