package dev.solutionagent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the built jar reads settings from: environment variables (a typo refused), never
 * the working folder.
 */
class SettingsIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void runWhenWorkingFolderHoldsApplicationYmlThenItIsNotRead() throws Exception {
		String typo = "agent:\n  descriptr: nowhere.yaml\n  descriptor: nowhere.yaml\n";
		Files.writeString(this.dir.resolve("application.yml"), typo);
		Files.createDirectories(this.dir.resolve("config"));
		Files.writeString(this.dir.resolve("config/application.yml"), typo);
		AgentProcess run = AgentProcess.runIn(this.dir, Map.of(), "validate", "--descriptor",
				Path.of("examples/extension.yaml").toAbsolutePath().toString(), "--certificate",
				Path.of("examples/plugin-server.pem").toAbsolutePath().toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).doesNotContain("Settings read from").doesNotContain("descriptr");
	}

	@Test
	void runWhenEnvironmentVariableIsMisspeltThenUsageExitNamingItAndTheClosestOne() throws Exception {
		AgentProcess run = AgentProcess.run(Map.of("AGENT_DESCRIPTR", "examples/extension.yaml"), "validate");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("environment variable AGENT_DESCRIPTR is not a setting of solution-agent; "
				+ "did you mean AGENT_DESCRIPTOR?");
	}

}
