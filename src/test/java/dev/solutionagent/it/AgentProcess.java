package dev.solutionagent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built jar as a separate process, the way an appliance or a vendor runs it.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record AgentProcess(int exitCode, String out, String err) {

	static Path jar() {
		return Path.of(System.getProperty("solutionagent.jar", "target/solution-agent.jar"));
	}

	static AgentProcess run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return runIn(Path.of(""), environment, args);
	}

	/**
	 * Run the jar in a working folder of the test's.
	 * @param folder the working folder
	 * @param environment variables besides the test's own
	 * @param args the arguments
	 * @return what the process did
	 * @throws IOException when it cannot start
	 * @throws InterruptedException when the wait is interrupted
	 */
	static AgentProcess runIn(Path folder, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						jar().toAbsolutePath().toString()));
		command.addAll(List.of(args));
		return exec(command, environment, folder);
	}

	/**
	 * Runs the appliance's launcher, {@code packer/files/solution-agent}, on this JVM
	 * and, unless the environment names another, the built jar.
	 */
	static AgentProcess launch(Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("sh", "packer/files/solution-agent"));
		command.addAll(List.of(args));
		Map<String, String> launcher = new HashMap<>(
				Map.of("JAVA_HOME", System.getProperty("java.home"), "SOLUTION_AGENT_JAR", jar().toString()));
		launcher.putAll(environment);
		return exec(command, launcher, Path.of(""));
	}

	private static AgentProcess exec(List<String> command, Map<String, String> environment, Path folder)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("agent-out", ".txt");
		Path err = Files.createTempFile("agent-err", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.directory(folder.toAbsolutePath().toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("solution-agent did not finish: " + command);
			}
			return new AgentProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

}
