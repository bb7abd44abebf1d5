package dev.solutionagent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import dev.solutionagent.simulator.SimulatorSettings;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import dev.solutionagent.testsupport.FakeVmwareTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first boot of the built jar from guestinfo against the simulator, with what an
 * appliance's environment might leak: {@code AGENT_VCENTER_PASSWORD} set and
 * {@code LOGGING_LEVEL_ROOT=DEBUG}. The fake VMware Tools record every call.
 */
class HostileInputIntegrationTests {

	private static final String PASSWORD = "Env1ronment-password!";

	@TempDir
	Path dir;

	@Test
	void registerFromGuestInfoWithDebugLoggingThenNoSecretInAnyOutputArgumentOrEnvironmentOfAChild() throws Exception {
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator
			.start(SimulatorSettings.defaults().withOvfProperty("example.adminEmail", "ops@example.com"))) {
			String token = simulator.token().reveal();
			Path guestinfo = this.dir.resolve("guestinfo.xml");
			simulator.writeOvfEnvironment(guestinfo);
			simulator.writeCertificatePem(this.dir.resolve("server.pem"));
			FakeVmwareTools tools = FakeVmwareTools.install(Files.createDirectory(this.dir.resolve("tools")),
					guestinfo);
			AgentProcess run = AgentProcess.run(
					Map.of("AGENT_TRANSPORT_RPCTOOL", tools.rpctool().toString(), "AGENT_TRANSPORT_VMTOOLSD",
							tools.vmtoolsd().toString(), "AGENT_VCENTER_PASSWORD", PASSWORD, "LOGGING_LEVEL_ROOT",
							"DEBUG"),
					"register", "--descriptor", "examples/extension.yaml", "--certificate",
					this.dir.resolve("server.pem").toString(), "--appliance-address",
					"127.0.0.1:" + simulator.address().getPort(), "--state-dir", this.dir.resolve("state").toString(),
					"--deployed-at", Instant.now().toString());
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.err()).contains(" DEBUG ").contains("removed solutionInstall.token from guestinfo.ovfEnv");
			assertThat(run.out() + run.err()).doesNotContain(token).doesNotContain(PASSWORD);
			assertThat(tools.calls()).extracting(FakeVmwareTools.Call::program)
				.containsExactly("vmware-rpctool", "vmware-rpctool", "vmtoolsd");
			assertThat(tools.calls()).allSatisfy((call) -> {
				assertThat(call.exposed()).doesNotContain(token).doesNotContain(PASSWORD);
				assertThat(call.environment()).doesNotContainKey("AGENT_VCENTER_PASSWORD")
					.doesNotContainKey("LOGGING_LEVEL_ROOT");
			});
			assertThat(tools.written()).hasValueSatisfying((written) -> assertThat(written).doesNotContain(token)
				.contains("solutionInstall.postDeployData.endpoint"));
		}
	}

}
