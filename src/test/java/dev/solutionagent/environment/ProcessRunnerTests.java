package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.solutionagent.testsupport.FakeVmwareTools;
import dev.solutionagent.testsupport.FakeVmwareTools.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProcessRunner}, with a fake program that records what it is handed.
 */
class ProcessRunnerTests {

	// What /bin/sh sets for itself.
	private static final Set<String> SHELL_OWN = Set.of("PWD", "OLDPWD", "SHLVL", "_");

	@TempDir
	Path dir;

	@Test
	void runThenTheProgramGetsAFixedPathAndTheCLocaleAndNothingOfTheAgentsEnvironment() throws IOException {
		assertThat(System.getenv()).as("the test needs an environment to leave out").containsKey("HOME");
		FakeVmwareTools tools = FakeVmwareTools.install(this.dir, Files.writeString(this.dir.resolve("doc"), "<a/>"));
		ProcessRunner.Result result = new ProcessRunner(Duration.ofSeconds(10), 1024)
			.run(List.of(tools.rpctool().toString(), GuestInfoTransport.INFO_GET));
		assertThat(result.text()).isEqualTo("<a/>");
		Call call = tools.calls().get(0);
		assertThat(call.environment()).containsEntry("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
			.containsEntry("LC_ALL", "C");
		assertThat(call.environment().keySet().stream().filter((name) -> !SHELL_OWN.contains(name)))
			.containsExactlyInAnyOrderElementsOf(ProcessRunner.ENVIRONMENT.keySet());
		assertThat(call.stdin()).isEmpty();
	}

}
