package dev.solutionagent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appliance's launcher around the built jar: Spring AOT on, and the class-data
 * archive next to the jar used when it fits and, when stale, ignored with a warning on
 * stderr only, since stdout carries a command's result.
 */
class LauncherIntegrationTests {

	@Test
	void dryRunThroughLauncherThenSameBodyAsJavaJar() throws Exception {
		AgentProcess run = AgentProcess.launch(Map.of(), "register", "--dry-run", "--ovf-env", "examples/ovf-env.xml",
				"--descriptor", "examples/extension.yaml", "--certificate", "examples/plugin-server.pem",
				"--appliance-address", "10.0.0.50");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/example-dry-run.json")));
	}

	@Test
	void launcherWhenConfigurationBrokenThenSameOneLineAsJavaJar() throws Exception {
		AgentProcess run = AgentProcess.launch(Map.of("AGENT_PAYLOAD_SHAPE", "tree"), "register", "--dry-run",
				"--ovf-env", "examples/ovf-env.xml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip())
			.isEqualTo("solution-agent: agent.payload.shape 'tree' is not a payload shape; use auto, list or per-guid");
	}

	@Test
	void launcherWhenArchiveTrainedThenQuietAndWhenStaleThenWarnsOnStderrOnly(@TempDir Path folder) throws Exception {
		Path jar = Files.copy(AgentProcess.jar(), folder.resolve("solution-agent.jar"));
		Path archive = folder.resolve("solution-agent.jsa");
		Map<String, String> environment = Map.of("SOLUTION_AGENT_JAR", jar.toString());
		AgentProcess training = AgentProcess.launch(
				Map.of("SOLUTION_AGENT_JAR", jar.toString(), "SOLUTION_AGENT_CDS_TRAINING", archive.toString()),
				"--version");
		assertThat(training.exitCode()).as(training.err()).isZero();
		assertThat(archive).isNotEmptyFile();
		AgentProcess fitting = AgentProcess.launch(environment, "--version");
		assertThat(fitting.err()).isEmpty();
		// The JVM knows the archive by the jar's size and time: a new jar makes it stale.
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		AgentProcess stale = AgentProcess.launch(environment, "--version");
		assertThat(stale.exitCode()).isZero();
		assertThat(stale.out()).isEqualTo(fitting.out()).startsWith("solution-agent ");
		assertThat(stale.err()).contains("Unable to use shared archive");
	}

}
