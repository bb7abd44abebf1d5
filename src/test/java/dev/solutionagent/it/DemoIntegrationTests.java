package dev.solutionagent.it;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's first command: the demo, run from the built jar on a fresh machine.
 */
class DemoIntegrationTests {

	// A jar cannot be handed a test clock; with the shortest backoff allowed its retries
	// wait a fraction of a second.
	private static final Map<String, String> NO_BACKOFF = Map.of("AGENT_RETRY_INITIALDELAY", "100ms");

	@Test
	void demoWhenRunFromTheJarThenRegistersAndTheSecondRunIsANoOp() throws Exception {
		AgentProcess run = AgentProcess.run(Map.of(), "demo");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("1. Started a simulated vCenter at https://127.0.0.1:")
			.contains("4. Registered. The simulated vCenter now holds:")
			.contains("Already registered");
		assertThat(run.err()).contains("Preflight passed").contains("Attempt 1: POST");
		assertThat(run.out() + run.err()).doesNotContain("solution-install-token:");
	}

	@Test
	void demoWhenFaultsAskedThenRetriesAndStillRegisters() throws Exception {
		AgentProcess run = AgentProcess.run(NO_BACKOFF, "demo", "--fail-first", "2", "--target-version", "none");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("every vCenter: com.example.vsphere.remoteplugin 1.2.0.0");
		assertThat(run.err()).contains("attempt 2 failed").contains("answered 503");
	}

	@Test
	void demoWhenAnswerLostThenExit7() throws Exception {
		AgentProcess run = AgentProcess.run(NO_BACKOFF, "demo", "--drop-first", "1");
		assertThat(run.exitCode()).isEqualTo(7);
		assertThat(run.out()).contains("4. register exited 7");
	}

}
