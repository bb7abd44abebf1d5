package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import dev.solutionagent.environment.SecretKey;
import dev.solutionagent.testsupport.HostileXml;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.TestHttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker who controls the OVF environment or the server's answers can make the
 * CLI print or do: control characters come out as visible escapes, a document nested too
 * deep is an invalid environment, and no setting routes a secret key.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	// ESC [31m, BEL, CR LF and a forged log line, U+2028, and the C1 control CSI.
	private static final String HOSTILE = "ops\u001b[31m\u0007\r\n2026-01-01T00:00:00.000Z ERROR forged\u2028\u009b2J";

	private static final String ESCAPED = "ops\\u001B[31m\\u0007\\r\\n2026-01-01T00:00:00.000Z ERROR forged\\u2028\\u009B2J";

	private static final String VALID = "src/test/resources/corpus/valid/ovf-env.xml";

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.at("2026-11-23T10:01:00Z");

	@Test
	void showEnvWhenAnOvfValueHoldsControlCharactersThenItIsPrintedWithVisibleEscapesOnOneLine() throws IOException {
		CliRun run = CliRun.of("show-env", "--ovf-env", hostileEnvironment().toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("  example.adminEmail = " + ESCAPED + "\n");
		assertNothingRaw(run.out() + run.err());
	}

	@Test
	void registerDryRunWhenAnOvfValueInThePayloadHoldsControlCharactersThenNothingRawIsPrinted() throws IOException {
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", hostileEnvironment().toString(), "--descriptor",
				"examples/extension.yaml", "--certificate", "examples/plugin-server.pem", "--appliance-address",
				"10.0.0.50");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"adminEmail\" : \"" + ESCAPED + "\"");
		assertNothingRaw(run.out() + run.err());
	}

	@Test
	void registerDryRunWhenTheEnvironmentIsNestedDeeperThanTheLimitThenExit3NamingIt() throws IOException {
		Path deep = Files.writeString(this.dir.resolve("deep.xml"),
				HostileXml.deepened(Files.readString(Path.of(VALID)), HostileXml.DEEP));
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", deep.toString(), "--descriptor",
				"examples/extension.yaml", "--certificate", "examples/plugin-server.pem", "--appliance-address",
				"10.0.0.50");
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).startsWith("solution-agent: OVF environment from file " + deep
				+ " is nested deeper than 100 elements (line 15, column ");
	}

	@Test
	void registerWhenServerMessagesHoldControlCharactersThenTheLogAndTheErrorLineShowThemEscaped(CapturedOutput output)
			throws IOException {
		String body = "{\"message\": \"%s\"}".formatted(HOSTILE.replace("\u001b", "\\u001b")
			.replace("\u0007", "\\u0007")
			.replace("\r", "\\r")
			.replace("\n", "\\n")
			.replace("\u2028", "\\u2028")
			.replace("\u009b", "\\u009b"));
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, (n == 1) ? 503 : 400, body))) {
			Path environment = Files.writeString(this.dir.resolve("ovf-env.xml"),
					Files.readString(Path.of(VALID))
						.replace("https://vc.example.com/api/ui/solutioninstall",
								server.uri("/api/ui/solutioninstall").toString())
						.replaceAll("(postDeployData.thumbprint\" oe:value=\")[^\"]*", "$1" + server.sha256()));
			CliRun run = CliRun.of(new AgentRuntime(this.clock, this.clock.sleeper(), new Random(7)), "register",
					"--ovf-env", environment.toString(), "--descriptor", "examples/extension.yaml", "--certificate",
					"examples/plugin-server.pem", "--appliance-address", "10.0.0.50", "--skip-preflight", "--state-dir",
					this.dir.resolve("state").toString(), "--deployed-at", "2026-11-23T10:00:00Z");
			assertThat(run.exitCode()).isEqualTo(5);
			assertThat(server.requests()).hasSize(2);
			assertThat(output.getAll()).contains("attempt 1 failed").contains(ESCAPED);
			assertThat(run.err()).contains("solution-agent: ").contains("ops\\u001B[31m\\u0007");
			assertNothingRaw(output.getAll() + run.err());
			assertThat((output.getAll() + run.err()).lines())
				.noneMatch((line) -> line.startsWith("2026-01-01T00:00:00.000Z ERROR forged"));
		}
	}

	@Test
	void validateWhenADescriptorStringHoldsControlCharactersThenTheProblemQuotesItEscaped() throws IOException {
		Path descriptor = Files.writeString(this.dir.resolve("extension.yaml"),
				Files.readString(Path.of("examples/extension.yaml"))
					.replace("key: com.example.vsphere.remoteplugin\n",
							"key: \"com.example\\e[2J\\a\\r\\nerror forged\\u2028\"\n"));
		CliRun run = CliRun.of("validate", "--descriptor", descriptor.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).contains("'com.example\\u001B[2J\\u0007\\r\\nerror forged\\u2028'");
		assertNothingRaw(run.out() + run.err());
		assertThat(run.out().lines()).noneMatch((line) -> line.startsWith("error forged"));
	}

	@ParameterizedTest
	@EnumSource(SecretKey.class)
	void registerWhenTheAddressPropertyNamesASecretKeyThenUsageErrorNamingTheSettingAndTheKey(SecretKey secret) {
		System.setProperty("agent.appliance.address-property", secret.key());
		try {
			CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", VALID, "--descriptor",
					"examples/extension.yaml", "--certificate", "examples/plugin-server.pem");
			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.err()).isEqualTo(("solution-agent: agent.appliance.address-property names %s: %s is a "
					+ "secret, sent only %s, and the appliance's address goes into the payload, URLs and DNS "
					+ "look-ups; name the OVF property that holds the address%n")
				.formatted(secret.key(), secret.key(), (secret == SecretKey.TOKEN)
						? "in the solution-install-token header" : "to vCenter's SessionManager.Login"));
			assertThat(run.out()).isEmpty();
		}
		finally {
			System.clearProperty("agent.appliance.address-property");
		}
	}

	private Path hostileEnvironment() throws IOException {
		// XML 1.1, where a character reference may name any control character.
		String value = HOSTILE.codePoints().mapToObj((c) -> "&#x%X;".formatted(c)).reduce("", String::concat);
		return Files.writeString(this.dir.resolve("hostile.xml"),
				Files.readString(Path.of(VALID))
					.replaceFirst("^<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
					.replace("oe:value=\"ops@example.com\"", "oe:value=\"" + value + "\""));
	}

	private static void assertNothingRaw(String printed) {
		assertThat(printed.replace("\n", "")).doesNotContain("\u001b", "\u0007", "\r", "\u2028", "\u009b");
	}

}
