package dev.solutionagent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar, run as README's first command runs it, and configured through
 * environment variables as the systemd unit may configure it.
 */
class DryRunIntegrationTests {

	private static final String TOKEN = "RkFLRS1UT0tFTi1leGFtcGxlLW9ubHktbm90LWEtcmVhbC10b2tlbg==";

	@Test
	void dryRunWhenReadmeCommandThenExactBodyOnStdoutAndNoToken() throws Exception {
		AgentProcess run = AgentProcess.run(Map.of(), "register", "--dry-run", "--ovf-env", "examples/ovf-env.xml",
				"--descriptor", "examples/extension.yaml", "--certificate", "examples/plugin-server.pem",
				"--appliance-address", "10.0.0.50");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/example-dry-run.json")));
		assertThat(run.out() + run.err()).doesNotContain(TOKEN);
	}

	@Test
	void dryRunWhenOptionsComeFromEnvironmentVariablesThenSameBody() throws Exception {
		AgentProcess run = AgentProcess.run(Map.of("AGENT_OVFENV", "examples/ovf-env.xml", "AGENT_DESCRIPTOR",
				"examples/extension.yaml", "AGENT_CERTIFICATE", "examples/plugin-server.pem", "AGENT_APPLIANCE_ADDRESS",
				"10.0.0.50", "AGENT_PAYLOAD_SHAPE", "list"), "register", "--dry-run");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("{\n  \"vcenterExtensions\" : [");
		assertThat(run.err()).contains("payload shape: list (agent.payload.shape=list)");
	}

	@Test
	void commandWhenConfigurationBrokenThenOneLineAndUsageExit() throws Exception {
		AgentProcess run = AgentProcess.run(Map.of("AGENT_PAYLOAD_SHAPE", "tree"), "register", "--dry-run", "--ovf-env",
				"examples/ovf-env.xml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip())
			.isEqualTo("solution-agent: agent.payload.shape 'tree' is not a payload shape; use auto, list or per-guid");
	}

}
