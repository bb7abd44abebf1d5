package dev.solutionagent.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.stream.StreamSupport;

import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import dev.solutionagent.testsupport.TestHttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CliTests {

	@ParameterizedTest
	@ValueSource(strings = { "register", "demo", "validate", "show-env", "thumbprint", "simulate", "prepare-ovf" })
	void helpWhenAnyCommandThenUsageOptionsPropertiesAndExamples(String command) {
		CliRun run = CliRun.of(command, "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("Usage: solution-agent " + command)
			.contains("Examples:")
			.contains("--stacktrace")
			.contains("AGENT_");
	}

	@Test
	void runWhenNoArgumentsThenOverviewOnStderrAndUsageExit() {
		CliRun run = CliRun.of();
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Commands:").contains("register").contains("show-env");
	}

	@Test
	void runWhenVersionThenNameAndVersionOnStdout() {
		CliRun run = CliRun.of("--version");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("solution-agent ");
	}

	@Test
	void runWhenHelpThenOverviewOnStdout() {
		assertThat(CliRun.of("--help").out()).contains("Commands:");
	}

	@Test
	void runWhenUnknownCommandOrOptionThenUsageExitNamingIt() {
		CliRun unknownCommand = CliRun.of("registr");
		assertThat(unknownCommand.exitCode()).isEqualTo(2);
		assertThat(unknownCommand.err()).contains("'registr' is not a command");
		CliRun unknownOption = CliRun.of("validate", "--descriptr", "x");
		assertThat(unknownOption.exitCode()).isEqualTo(2);
		assertThat(unknownOption.err()).contains("'--descriptr' is not an option of 'validate'")
			.contains("solution-agent validate --help");
		CliRun missingValue = CliRun.of("validate", "--descriptor");
		assertThat(missingValue.err()).contains("--descriptor needs a value: --descriptor FILE");
	}

	@Test
	void runWhenSettingCannotBeBoundThenUsageExitNamingTheProperty() {
		CliRun run = CliRun.of("show-env", "--ovf-env", "examples/ovf-env.xml");
		assertThat(run.exitCode()).isZero();
		System.setProperty("agent.transport.max-bytes", "lots");
		try {
			CliRun bad = CliRun.of("show-env", "--ovf-env", "examples/ovf-env.xml");
			assertThat(bad.exitCode()).isEqualTo(2);
			assertThat(bad.err()).contains("agent.transport.max-bytes");
		}
		finally {
			System.clearProperty("agent.transport.max-bytes");
		}
	}

	@Test
	void thumbprintWhenCertificateThenCanonicalSha256OnStdout() {
		CliRun run = CliRun.of("thumbprint", "--certificate", "examples/plugin-server.pem");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo(
				"B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B3\n");
	}

	@Test
	void thumbprintWhenUrlThenPresentedLeafThumbprintAndNoRequest() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, "{}"))) {
			CliRun run = CliRun.of("thumbprint", "--url", server.uri("").toString());
			assertThat(run.exitCode()).isZero();
			assertThat(run.out()).isEqualTo(server.sha256() + "\n");
			assertThat(run.err()).contains("presented CN=server.test").contains("compare the thumbprint out of band");
			assertThat(server.requests()).isEmpty();
		}
		assertThat(CliRun.of("thumbprint", "--url", "http://example.com").err()).contains(
				"--url (agent.thumbprint-url) is 'http://example.com'; expected https://HOST[:PORT] or HOST:PORT");
	}

	@Test
	void thumbprintWhenUrlIsHostAndPortThenReadAsHttpsWithoutAFrameworkMessage() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, "{}"))) {
			CliRun run = CliRun.of("thumbprint", "--url", "127.0.0.1:" + server.uri("").getPort());
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.out()).isEqualTo(server.sha256() + "\n");
		}
		CliRun bad = CliRun.of("thumbprint", "--url", "127.0.0.1:port");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err()).contains("is '127.0.0.1:port'; expected https://HOST[:PORT] or HOST:PORT")
			.doesNotContain("Exception")
			.doesNotContain("Failed to");
	}

	@Test
	void thumbprintWhenNoOrBadCertificateThenUsageExit() {
		assertThat(CliRun.of("thumbprint").err()).contains("needs --certificate FILE");
		CliRun bad = CliRun.of("thumbprint", "--certificate", "pom.xml");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err()).contains("Certificate file pom.xml is not a PEM or DER X.509 certificate");
	}

	@Test
	void showEnvWhenValidThenTokenRedactedAndContextShown() {
		CliRun run = CliRun.of("show-env", "--ovf-env", "examples/ovf-env.xml");
		assertThat(run.out()).contains("source: file examples/ovf-env.xml")
			.contains("solutionInstall.token = <redacted, 56 characters>")
			.contains("endpoint: https://vcsa-01.example.com/api/ui/solutioninstall")
			.contains("target vCenter 1: vcsa-02.example.com")
			.doesNotContain(ExampleFiles.TOKEN);
	}

	@Test
	void showEnvWhenNoPropertySectionThenEnvironmentExitListingProblems() {
		CliRun run = CliRun.of("show-env", "--ovf-env",
				"src/test/resources/ovf-env/real/azure-docker-extension__testdata-ovf-env.xml");
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.out()).contains("properties: none").contains("solutionInstall.token is missing");
	}

	@Test
	void validateWhenExampleWithCertificateThenValidWithoutEnvironment() {
		CliRun run = CliRun.of("validate", "--descriptor", "examples/extension.yaml", "--certificate",
				"examples/plugin-server.pem");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("examples/extension.yaml: 0 errors, 0 warnings\n");
	}

	@Test
	void validateWhenThumbprintPlaceholderWithoutCertificateThenSaysItIsUnresolved() {
		CliRun run = CliRun.of("validate", "--descriptor", "examples/extension.yaml");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("examples/extension.yaml:19:23: warning: $.server[0].serverThumbprint: "
				+ "${appliance.thumbprint} is not resolved, so the value is not checked: no plug-in server certificate "
				+ "is configured; pass --certificate FILE (agent.certificate)\n"
				+ "examples/extension.yaml: 0 errors, 1 warning\n");
	}

	@Test
	void registerDryRunWhenThumbprintPlaceholderWithoutCertificateThenOneErrorNotASecondAboutHex() {
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", "examples/ovf-env.xml", "--descriptor",
				"examples/extension.yaml", "--appliance-address", "10.0.0.50");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("has 1 error")
			.contains("examples/extension.yaml:19:23: error: $.server[0].serverThumbprint: ${appliance.thumbprint} "
					+ "cannot be resolved: no plug-in server certificate is configured; pass --certificate FILE")
			.doesNotContain("hexadecimal");
	}

	@Test
	void validateWhenManifestIsHttpThenReportsErrorUnlessAllowHttp() {
		String descriptor = "src/test/resources/corpus/descriptor/client-url-http.yaml";
		CliRun strict = CliRun.of("validate", "--descriptor", descriptor);
		assertThat(strict.exitCode()).isEqualTo(2);
		assertThat(strict.out()).contains(descriptor + ":10:10: error: $.client[0].url: "
				+ "'http://10.0.0.50/corpus/plugin.json' uses http; the vSphere Client loads remote plug-ins over "
				+ "https only, and the preflight cannot check it. Use https, or pass --allow-http for a lab");
		CliRun allowed = CliRun.of("validate", "--descriptor", descriptor, "--allow-http");
		assertThat(allowed.exitCode()).isZero();
		assertThat(allowed.out()).contains(descriptor + ":10:10: warning: $.client[0].url:")
			.contains("0 errors, 1 warning");
	}

	@Test
	void validateWhenJsonThenEveryProblemWithFileLineColumnSeverityPathAndMessage() throws Exception {
		String descriptor = "src/test/resources/descriptors/broken.yaml";
		CliRun run = CliRun.of("validate", "--descriptor", descriptor, "--json");
		assertThat(run.exitCode()).isEqualTo(2);
		JsonNode report = JsonMapper.shared().readTree(run.out());
		assertThat(report.get("descriptor").asString()).isEqualTo(descriptor);
		assertThat(report.get("errors").asInt()).isEqualTo(14);
		assertThat(report.get("warnings").asInt()).isOne();
		JsonNode version = StreamSupport.stream(report.get("problems").spliterator(), false)
			.filter((problem) -> problem.get("path").asString().equals("$.version"))
			.findFirst()
			.orElseThrow();
		assertThat(version.get("file").asString()).isEqualTo(descriptor);
		assertThat(version.get("line").asInt()).isEqualTo(3);
		assertThat(version.get("column").asInt()).isEqualTo(10);
		assertThat(version.get("severity").asString()).isEqualTo("error");
		assertThat(version.get("message").asString()).startsWith("'1.0.0' is not in the form a.b.c.d");
		CliRun unreadable = CliRun.of("validate", "--descriptor", "nowhere.yaml", "--json");
		assertThat(unreadable.exitCode()).isEqualTo(2);
		assertThat(JsonMapper.shared().readTree(unreadable.out()).get("problems").get(0).get("message").asString())
			.startsWith("the file does not exist");
	}

	@Test
	void validateWhenYamlIsBrokenThenOneLocatedLineOnStdoutLikeEveryOtherProblem() {
		CliRun run = CliRun.of("validate", "--descriptor", "src/test/resources/corpus/descriptor/not-yaml.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).isEmpty();
		assertThat(run.out())
			.startsWith("src/test/resources/corpus/descriptor/not-yaml.yaml:3:10: error: the file is "
					+ "not valid YAML (mapping values are not allowed here)\n")
			.endsWith("not-yaml.yaml: 1 error, 0 warnings\n")
			.doesNotContain("$");
	}

	@Test
	void validateWhenBrokenThenEveryProblemAndUsageExit() {
		CliRun run = CliRun.of("validate", "--descriptor", "src/test/resources/descriptors/broken.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).contains("error: $.version:").contains("14 errors, 1 warning");
	}

	@Test
	void validateWhenEnvironmentInvalidThenEnvironmentExitAndDescriptorStillChecked() {
		CliRun run = CliRun.of("validate", "--descriptor", "examples/extension.yaml", "--certificate",
				"examples/plugin-server.pem", "--ovf-env",
				"src/test/resources/ovf-env/real/mkhafeez-provisioning__ovf-env.xml");
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.out())
			.contains("src/test/resources/ovf-env/real/mkhafeez-provisioning__ovf-env.xml: error: "
					+ "solutionInstall.token is missing")
			.contains("examples/extension.yaml:21:17: error: $.server[0].adminEmail: ${ovf.example.adminEmail}: "
					+ "the OVF environment has no property");
	}

	@Test
	void validateWhenEnvironmentTakesTheExtensionManagerPathThenCheckedForIt(@TempDir Path dir) throws Exception {
		Path environment = OvfEnvironmentFiles.extensionManager("https://vc.example.com/sdk", "", "s3cret")
			.without(OvfEnvironmentFiles.VCENTER_THUMBPRINT)
			.writeTo(dir);
		CliRun run = CliRun.of("validate", "--descriptor", "examples/extension.yaml", "--certificate",
				"examples/plugin-server.pem", "--ovf-env", environment.toString());
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.out()).contains("solutionAgent.vcenter.thumbprint is missing")
			.doesNotContain("solutionInstall.token is missing")
			.doesNotContain("s3cret")
			.contains("0 errors");
	}

	@Test
	void validateWhenDescriptorMissingThenUsageExitNamingFileAndOption() {
		CliRun run = CliRun.of("validate", "--descriptor", "nowhere.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).contains("nowhere.yaml: error: the file does not exist; pass --descriptor FILE");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void registerDryRunWhenExampleThenStdoutIsExactlyTheBodyAndTokenNeverPrinted() throws Exception {
		CliRun run = CliRun.of(ExampleFiles.dryRun());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/example-dry-run.json")));
		assertThat(run.err()).contains("solution-install-token: <redacted, 56 characters>")
			.contains("POST https://vcsa-01.example.com/api/ui/solutioninstall")
			.contains("payload shape: per-guid");
		assertThat(run.out() + run.err()).doesNotContain(ExampleFiles.TOKEN);
	}

	@Test
	void registerDryRunWhenShowTokenThenTokenInTheHeaderLineOnly() {
		CliRun run = CliRun.of(ExampleFiles.dryRun("--show-token"));
		assertThat(run.err()).contains("solution-install-token: " + ExampleFiles.TOKEN);
		assertThat(run.out()).doesNotContain(ExampleFiles.TOKEN);
	}

	@Test
	void registerDryRunWhenDescriptorInvalidThenUsageExitWithEveryError() {
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", "examples/ovf-env.xml", "--descriptor",
				"src/test/resources/descriptors/broken.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("has 14 errors").contains("$.resourceList[0].data");
	}

	@Test
	void registerDryRunWhenEnvironmentMissingThenEnvironmentExit() {
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", "missing.xml", "--descriptor",
				"examples/extension.yaml");
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("missing.xml does not exist");
	}

}
