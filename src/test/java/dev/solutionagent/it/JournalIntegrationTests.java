package dev.solutionagent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher around the built jar, with standard error where {@code JOURNAL_STREAM}
 * says the journal is: every line carries its sd-daemon priority and no date of its own,
 * and a failed run ends with an error-level line. Elsewhere the lines stay as they are.
 * The "journal" is a file here; the device and inode are what the agent compares.
 */
class JournalIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void registerWhenStderrIsTheJournalThenEveryLineHasItsPriorityAndTheLastIsAnError() throws Exception {
		Path err = Files.createFile(this.folder.resolve("journal"));
		int exit = launch(err, identity(err));
		List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
		assertThat(exit).as(String.join("\n", lines)).isEqualTo(6);
		assertThat(lines).isNotEmpty().allMatch((line) -> line.matches("<[3467]>\\S.*"), "starts with <N>");
		assertThat(lines).noneMatch((line) -> line.matches("<\\d>\\d{4}-\\d\\d-\\d\\dT.*"));
		assertThat(lines).anyMatch((line) -> line.startsWith("<6>INFO  OVF environment from "));
		assertThat(lines).anyMatch((line) -> line.startsWith("<4>WARN  Descriptor "));
		assertThat(lines.get(lines.size() - 1)).startsWith("<3>solution-agent: ");
	}

	@Test
	void registerWhenJournalStreamNamesAnotherFileThenPlainLines() throws Exception {
		Path err = Files.createFile(this.folder.resolve("terminal"));
		// Inherited from a unit by a command run by hand: the variable is set, the stream
		// is not the journal's.
		Path elsewhere = Files.createFile(this.folder.resolve("journal"));
		int exit = launch(err, identity(elsewhere));
		List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
		assertThat(exit).as(String.join("\n", lines)).isEqualTo(6);
		assertThat(lines).noneMatch((line) -> line.startsWith("<"));
		assertThat(lines).anyMatch((line) -> line.matches("\\d{4}-\\d\\d-\\d\\dT\\S+ WARN  Descriptor .*"));
		assertThat(lines.get(lines.size() - 1)).startsWith("solution-agent: ");
	}

	// A descriptor with a property the Extension data object lacks (a warning), and a
	// token window that closed long ago: exit 6 before anything is sent.
	private int launch(Path err, String journalStream) throws IOException, InterruptedException {
		Path descriptor = this.folder.resolve("extension.yaml");
		Files.writeString(descriptor,
				Files.readString(Path.of("examples/extension.yaml")) + "notAnExtensionProperty: true\n");
		ProcessBuilder builder = new ProcessBuilder("sh", "packer/files/solution-agent", "register", "--ovf-env",
				"examples/ovf-env.xml", "--descriptor", descriptor.toString(), "--certificate",
				"examples/plugin-server.pem", "--appliance-address", "10.0.0.50", "--state-dir",
				this.folder.resolve("state").toString(), "--deployed-at", "2001-01-01T00:00:00Z")
			.redirectOutput(this.folder.resolve("stdout").toFile())
			.redirectError(err.toFile());
		builder.environment()
			.putAll(Map.of("JAVA_HOME", System.getProperty("java.home"), "SOLUTION_AGENT_JAR",
					AgentProcess.jar().toString(), "JOURNAL_STREAM", journalStream));
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("solution-agent did not finish");
		}
		return process.exitValue();
	}

	private static String identity(Path file) throws IOException {
		return Files.getAttribute(file, "unix:dev") + ":" + Files.getAttribute(file, "unix:ino");
	}

}
