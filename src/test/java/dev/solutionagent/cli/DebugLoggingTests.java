package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import dev.solutionagent.simulator.SimulatorSettings;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import dev.solutionagent.simulator.vim.VimSimulator;
import dev.solutionagent.testsupport.Simulators;
import dev.solutionagent.testsupport.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code register} and {@code extension register} against the simulators with debug and
 * trace logging on, as {@code LOGGING_LEVEL_ROOT=DEBUG} or a {@code logging.level.*}
 * setting turns it on: the token and the password appear in no output, while HttpClient
 * still logs what is not secret (so the loggers are on, and only the filter holds them).
 */
@ExtendWith(OutputCaptureExtension.class)
class DebugLoggingTests {

	private static final String USER = "administrator@vsphere.local";

	private static final String PASSWORD = "Adm1n!debug-secret";

	private static final SimulatorSettings SIMULATOR = Simulators.forExampleDescriptor(CliRun.CLOCK);

	@TempDir
	Path dir;

	private String level;

	@AfterEach
	void clearLevel() {
		if (this.level != null) {
			System.clearProperty(this.level);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "logging.level.root", "logging.level.org.apache.hc.client5.http.wire",
			"logging.level.org.apache.hc.client5.http.headers", "logging.level.org.springframework.web.client" })
	void registerWhenALoggerIsSetToTraceThenTheTokenIsInNoOutput(String setting, CapturedOutput output)
			throws IOException {
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator.start(SIMULATOR)) {
			CliRun run = withLevel(setting, "TRACE", () -> register(simulator));
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(output.getAll()).doesNotContain(simulator.token().reveal())
				.doesNotContain("solution-install-token:");
		}
	}

	@Test
	void registerWhenRootIsDebugThenHttpClientStillLogsWhatIsNotSecret(CapturedOutput output) throws IOException {
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator.start(SIMULATOR)) {
			CliRun run = withLevel("logging.level.root", "DEBUG", () -> register(simulator));
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(output.getAll()).contains(" preparing request execution")
				.contains("executing POST /api/ui/solutioninstall")
				.doesNotContain(simulator.token().reveal());
		}
	}

	@Test
	void extensionRegisterWhenRootIsDebugThenThePasswordAndTheLoginEnvelopeAreInNoOutput(CapturedOutput output)
			throws IOException {
		Path credentials = CredentialsFiles.write(this.dir, PASSWORD);
		try (VimSimulator simulator = VimSimulator.start(TestTls.serverContext("server"), Map.of(USER, PASSWORD))) {
			CliRun run = withLevel("logging.level.root", "DEBUG",
					() -> CliRun.of("extension", "register", "--vcenter", simulator.sdk().toString(),
							"--vcenter-thumbprint", TestTls.sha256("server").toString(), "--credentials",
							credentials.toString(), "--descriptor", "examples/extension.yaml", "--ovf-env",
							"examples/ovf-env.xml", "--certificate", "examples/plugin-server.pem",
							"--appliance-address", "10.0.0.50", "--skip-preflight"));
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(output.getAll()).contains(" executing POST /sdk")
				.doesNotContain(PASSWORD)
				.doesNotContain("<userName>")
				.doesNotContain("vmware_soap_session=");
		}
	}

	private CliRun withLevel(String setting, String value, Supplier<CliRun> run) {
		this.level = setting;
		System.setProperty(setting, value);
		return run.get();
	}

	private CliRun register(SolutionInstallSimulator simulator) {
		Path ovfEnv = this.dir.resolve("ovf-env.xml");
		Path certificate = this.dir.resolve("server.pem");
		simulator.writeOvfEnvironment(ovfEnv);
		simulator.writeCertificatePem(certificate);
		return CliRun.of("register", "--ovf-env", ovfEnv.toString(), "--descriptor", "examples/extension.yaml",
				"--certificate", certificate.toString(), "--appliance-address",
				"127.0.0.1:" + simulator.address().getPort(), "--state-dir", this.dir.resolve("state").toString(),
				"--deployed-at", "2026-11-23T10:00:00Z");
	}

}
