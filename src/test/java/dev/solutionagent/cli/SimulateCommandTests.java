package dev.solutionagent.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.Sleeper;
import dev.solutionagent.environment.OvfEnvironmentParser;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import dev.solutionagent.testsupport.Simulators;
import dev.solutionagent.tls.CertificateFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	@Test
	void helpThenExits0AndShowsOptionsWithTheirPropertiesAndExamples() {
		CliRun run = CliRun.of(CLOCK, "simulate", "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Usage: solution-agent simulate")
			.contains("Examples:")
			.contains("--write-ovf-env FILE")
			.contains("[agent.simulator.write-ovf-env, AGENT_SIMULATOR_WRITEOVFENV]")
			.contains("--other-vcenter-certificate")
			.contains("--other-plugin-certificate")
			.contains("--advertise-host ADDRESS");
	}

	@Test
	void overviewThenListsSimulate() {
		CliRun run = CliRun.of(CLOCK, "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("simulate");
	}

	@Test
	void runWhenTargetsIsNegativeThenExits2NamingTheProperty() {
		CliRun run = CliRun.of(CLOCK, "simulate", "--targets", "-1");
		assertThat(run.exitCode()).isEqualTo(ExitStatus.USAGE.code());
		assertThat(run.err()).contains("agent.simulator.targets");
	}

	@Test
	void runWhenFailStatusIsNotAFailureThenExits2NamingTheProperty() {
		CliRun run = CliRun.of(CLOCK, "simulate", "--fail-first", "1", "--fail-status", "200");
		assertThat(run.exitCode()).isEqualTo(ExitStatus.USAGE.code());
		assertThat(run.err()).contains("agent.simulator.fail-status");
	}

	@Test
	void runWhenOvfPropertyHasNoValueThenExits2() {
		CliRun run = CliRun.of(CLOCK, "simulate", "--ovf-property", "example.adminEmail");
		assertThat(run.exitCode()).isEqualTo(ExitStatus.USAGE.code());
		assertThat(run.err()).contains("agent.simulator.ovf-properties");
	}

	@Test
	void runThenWritesTheFilesAndPrintsTheRegisterCommandButNeverTheToken() throws Exception {
		Path ovfEnv = this.directory.resolve("ovf-env.xml");
		Path certificate = this.directory.resolve("vcenter.pem");
		AgentSettings settings = TestSettings.of(Map.of("agent.simulator.write-ovf-env", ovfEnv.toString(),
				"agent.simulator.write-certificate", certificate.toString(), "agent.simulator.fail-first", "1",
				"agent.simulator.retry-after", "3", "agent.simulator.delay", "10ms", "agent.simulator.ovf-properties",
				"example.adminEmail=a@example.com,x=1"));
		AtomicReference<SolutionInstallSimulator> served = new AtomicReference<>();
		SimulateCommand command = new SimulateCommand((simulator, stop) -> {
			served.set(simulator);
			stop.run();
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ExitStatus status = command
			.run(new CommandContext(settings, new AgentRuntime(CLOCK, Sleeper.SYSTEM, new Random()),
					new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8)));
		assertThat(status).isEqualTo(ExitStatus.OK);
		SolutionInstallSimulator simulator = served.get();
		String printed = err.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains(simulator.endpoint().toString())
			.contains(simulator.thumbprint().toString())
			.contains("solution-agent register --ovf-env " + ovfEnv)
			.contains("--certificate " + certificate)
			.contains("fail the first 1 POST with 503 (Retry-After: 3)")
			.contains("simulator stopped: 0 requests")
			.doesNotContain(simulator.token().reveal());
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		SolutionInstallContext context = SolutionInstallContext
			.from(new OvfEnvironmentParser().parse(Files.readAllBytes(ovfEnv), ovfEnv.toString()));
		assertThat(context.endpoint()).isEqualTo(simulator.endpoint());
		assertThat(CertificateFiles.sha256Thumbprint(certificate)).isEqualTo(context.pin());
		assertThat(simulator.settings().ovfProperties()).containsEntry("example.adminEmail", "a@example.com");
		assertThat(simulator.tokenExpiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(30)));
	}

	@Test
	void registerCommandWhenPathHasSpacesThenQuotesItAndPointsAtTheSimulator() {
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator
			.start(SimulatorSettings.defaults().withClock(CLOCK))) {
			String command = SimulatorBanner.registerCommand(simulator, Optional.of(Path.of("/tmp/my dir/ovf-env.xml")),
					Optional.empty());
			assertThat(command).contains("--ovf-env '/tmp/my dir/ovf-env.xml'")
				.contains("--certificate examples/plugin-server.pem")
				.contains("--appliance-address 127.0.0.1:" + simulator.pluginAddress().getPort())
				.contains("--deployed-at " + CLOCK.instant())
				.contains("--state-dir " + SimulatorBanner.stateDir(simulator))
				.contains("--skip-preflight");
		}
	}

	@Test
	void registerCommandWhenTwoSimulatorRunsThenEachHasAStateFolderOfItsOwn() {
		try (SolutionInstallSimulator first = SolutionInstallSimulator
			.start(SimulatorSettings.defaults().withClock(CLOCK));
				SolutionInstallSimulator second = SolutionInstallSimulator
					.start(SimulatorSettings.defaults().withClock(CLOCK))) {
			assertThat(SimulatorBanner.stateDir(first)).isNotEqualTo(SimulatorBanner.stateDir(second));
			assertThat(SimulatorBanner.stateDir(first).getParent())
				.isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
		}
	}

	@Test
	void runWhenListeningOnEveryAddressThenTheAdvertisedHostIsWrittenForTheVmToReach() throws Exception {
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator
			.start(SimulatorSettings.defaults().withClock(CLOCK).withHost("0.0.0.0").withAdvertiseHost("192.0.2.20"))) {
			Path ovfEnv = this.directory.resolve("ovf-env.xml");
			simulator.writeOvfEnvironment(ovfEnv);
			SolutionInstallContext context = SolutionInstallContext
				.from(new OvfEnvironmentParser().parse(Files.readAllBytes(ovfEnv), ovfEnv.toString()));
			assertThat(context.endpoint())
				.hasToString("https://192.0.2.20:" + simulator.address().getPort() + "/api/ui/solutioninstall");
			assertThat(simulator.applianceAddress()).isEqualTo("192.0.2.20:" + simulator.pluginAddress().getPort());
			assertThat(SimulatorBanner.registerCommand(simulator, Optional.of(ovfEnv), Optional.empty()))
				.contains("--appliance-address 192.0.2.20:" + simulator.pluginAddress().getPort());
		}
	}

	@Test
	void registerWhenSimulatorPresentsAnotherVcenterCertificateThenExit60AfterThePreflightPassed() throws Exception {
		assertThat(registerAgainst(Faults.none().withOtherCertificate(true))).isEqualTo(60);
		assertThat(registerAgainst(Faults.none().withOtherPluginCertificate(true))).isEqualTo(10);
	}

	// register as the banner says, without --skip-preflight, against a fresh simulator.
	private int registerAgainst(Faults faults) throws Exception {
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator.start(Simulators.forExampleDescriptor(CLOCK),
				faults)) {
			Path folder = Files.createTempDirectory(this.directory, "run");
			Path ovfEnv = folder.resolve("ovf-env.xml");
			Path certificate = folder.resolve("plugin.pem");
			simulator.writeOvfEnvironment(ovfEnv);
			simulator.writeCertificatePem(certificate);
			return CliRun
				.of(CLOCK, "register", "--ovf-env", ovfEnv.toString(), "--descriptor", "examples/extension.yaml",
						"--certificate", certificate.toString(), "--appliance-address", simulator.applianceAddress(),
						"--deployed-at", CLOCK.instant().toString(), "--state-dir", folder.resolve("state").toString())
				.exitCode();
		}
	}

}
