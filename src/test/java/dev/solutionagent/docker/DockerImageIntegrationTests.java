package dev.solutionagent.docker;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds {@code docker/Dockerfile} and runs the agent in it: {@code validate} on a
 * descriptor copied in, and the simulator. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerImageIntegrationTests {

	private static final String AGENT = "/opt/solution-agent/solution-agent.jar";

	// The same files the repository root's .dockerignore lets through.
	private static final ImageFromDockerfile IMAGE = new ImageFromDockerfile("solution-agent-it", true)
		.withFileFromPath("pom.xml", Path.of("pom.xml"))
		.withFileFromPath("ovf", Path.of("ovf"))
		.withFileFromPath("src/main", Path.of("src/main"))
		.withFileFromPath("examples", Path.of("examples"))
		.withFileFromPath("docker/Dockerfile", Path.of("docker/Dockerfile"))
		.withDockerfilePath("docker/Dockerfile");

	@Test
	void validateWhenDescriptorIsCopiedInThenExitsZero() {
		try (GenericContainer<?> agent = new GenericContainer<>(IMAGE)
			.withCopyFileToContainer(MountableFile.forHostPath("examples/extension.yaml"),
					"/work/vendor/extension.yaml")
			.withCopyFileToContainer(MountableFile.forHostPath("examples/plugin-server.pem"),
					"/work/vendor/plugin-server.pem")
			.withCommand("validate", "--descriptor", "/work/vendor/extension.yaml", "--certificate",
					"/work/vendor/plugin-server.pem")
			// One-shot: start() fails unless the command exits 0.
			.withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2)))) {
			agent.start();
			assertThat(agent.getLogs()).contains("/work/vendor/extension.yaml: 0 errors");
		}
	}

	@Test
	void simulateThenListensAndItsOvfEnvironmentDrivesADryRun() throws Exception {
		try (GenericContainer<?> simulator = new GenericContainer<>(IMAGE)
			.withCommand("simulate", "--host", "0.0.0.0", "--port", "8443", "--write-ovf-env", "/tmp/ovf-env.xml")
			.withExposedPorts(8443)
			// The simulator prints its endpoint once it serves and has written the file.
			.waitingFor(new WaitAllStrategy().withStrategy(Wait.forListeningPort())
				.withStrategy(Wait.forLogMessage(".*https://.*\\s", 1))
				.withStartupTimeout(Duration.ofMinutes(2)))) {
			simulator.start();
			ExecResult dryRun = simulator.execInContainer("java", "-jar", AGENT, "register", "--dry-run", "--ovf-env",
					"/tmp/ovf-env.xml", "--descriptor", "/work/examples/extension.yaml", "--certificate",
					"/work/examples/plugin-server.pem", "--appliance-address", "10.0.0.50");
			assertThat(dryRun.getExitCode()).as(dryRun.getStderr()).isZero();
			assertThat(dryRun.getStdout()).contains("com.example.vsphere.remoteplugin");
		}
	}

}
