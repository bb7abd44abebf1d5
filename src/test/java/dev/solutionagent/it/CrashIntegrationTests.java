package dev.solutionagent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import dev.solutionagent.testsupport.ExampleDescriptor;
import dev.solutionagent.testsupport.Simulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The built jar killed with SIGKILL in the middle of a registration, as a power cut or an
 * OOM killer would, then run again: what it recorded before the kill makes the second run
 * tell the truth.
 */
class CrashIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void registerWhenKilledWhileWaitingForTheAnswerThenTheNextRunSaysPossiblyRegistered() throws Exception {
		// vCenter processes the POST (the token is spent), then takes its time to answer;
		// the simulator's plug-in manifest would be as slow, so no preflight.
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator.start(settings(),
				Faults.none().withDelay(Duration.ofSeconds(60)))) {
			List<String> command = new ArrayList<>(command(simulator));
			command.add("--skip-preflight");
			Process first = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.dir.resolve("first.log").toFile())
				.start();
			try {
				assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
					while (!simulator.tokenUsed() && first.isAlive()) {
						LockSupport.parkNanos(10_000_000);
					}
				});
			}
			catch (AssertionError ex) {
				throw new AssertionError(
						ex.getMessage() + "; the agent wrote: " + Files.readString(this.dir.resolve("first.log")), ex);
			}
			finally {
				first.destroyForcibly();
				first.waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(first.exitValue()).isEqualTo(137);
			assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("\"outcome\" : \"sending\"");
			simulator.faults(Faults.none());
			AgentProcess second = AgentProcess.run(Map.of(), command.subList(3, command.size()).toArray(String[]::new));
			assertThat(second.exitCode()).as(second.err()).isEqualTo(7);
			assertThat(second.err()).contains("An earlier run stopped after sending").contains("possibly registered");
			assertThat(Files.readString(this.dir.resolve("state/result.json")))
				.contains("\"outcome\" : \"outcome_unknown\"")
				.contains("\"httpStatus\" : 401");
			assertThat(this.dir.resolve("state/done")).doesNotExist();
			// One registration (an entry per target vCenter), from the killed run's POST;
			// the second run's POST was refused.
			assertThat(simulator.registrations()).hasSize(simulator.targets().size());
			assertThat(simulator.requests().stream().filter((r) -> r.method().equals("POST"))).hasSize(2);
			assertThat(Files.readString(this.dir.resolve("first.log")) + second.out() + second.err())
				.doesNotContain(simulator.token().reveal());
		}
	}

	@Test
	void registerWhenKilledDuringThePreflightThenTheNextRunRegistersWithTheUnusedToken() throws Exception {
		Path blocked = this.dir.resolve("blocked");
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator.start(settings())) {
			List<String> command = command(simulator);
			// The plug-in server's name does not resolve quickly enough to matter: the
			// preflight is still retrying when the kill comes.
			Files.writeString(this.dir.resolve("extension.yaml"),
					Files.readString(this.dir.resolve("extension.yaml"))
						.replace("https://127.0.0.1:" + simulator.address().getPort() + "/example/plugin.json",
								"https://127.0.0.1:1/example/plugin.json"));
			Process first = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(blocked.toFile())
				.start();
			try {
				assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
					while (!Files.readString(blocked).contains("preflight of") && first.isAlive()) {
						LockSupport.parkNanos(10_000_000);
					}
				});
			}
			finally {
				first.destroyForcibly();
				first.waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(first.exitValue()).as(Files.readString(blocked)).isEqualTo(137);
			assertThat(simulator.tokenUsed()).isFalse();
			assertThat(this.dir.resolve("state/result.json")).doesNotExist();
			command(simulator);
			AgentProcess second = AgentProcess.run(Map.of(), command.subList(3, command.size()).toArray(String[]::new));
			assertThat(second.exitCode()).as(second.err()).isZero();
			assertThat(second.err()).doesNotContain("An earlier run stopped after sending");
			assertThat(this.dir.resolve("state/done")).exists();
		}
	}

	private static SimulatorSettings settings() {
		return Simulators.forExampleDescriptor(Clock.systemUTC());
	}

	private List<String> command(SolutionInstallSimulator simulator) {
		simulator.writeOvfEnvironment(this.dir.resolve("ovf-env.xml"));
		simulator.writeCertificatePem(this.dir.resolve("plugin.pem"));
		String address = "127.0.0.1:" + simulator.address().getPort();
		ExampleDescriptor.writeTo(this.dir, address);
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				AgentProcess.jar().toString(), "register", "--ovf-env", this.dir.resolve("ovf-env.xml").toString(),
				"--descriptor", this.dir.resolve("extension.yaml").toString(), "--certificate",
				this.dir.resolve("plugin.pem").toString(), "--appliance-address", address, "--deployed-at",
				simulator.tokenExpiresAt().minus(Duration.ofMinutes(30)).toString(), "--state-dir",
				this.dir.resolve("state").toString());
	}

}
