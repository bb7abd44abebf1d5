package dev.solutionagent.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import dev.solutionagent.testsupport.TestHttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fault matrix's state-folder cases: a folder the agent cannot write must stop it
 * before the one-time token leaves, so that a fixed appliance can still register. The
 * full and read-only cases mount a small tmpfs and skip where mounting is not allowed.
 */
@ExtendWith(OutputCaptureExtension.class)
class StateFolderFaultTests {

	@TempDir
	Path dir;

	@RegisterExtension
	final FaultMatrix matrix = new FaultMatrix(() -> this.dir);

	private Path mounted;

	@AfterEach
	void unmount() throws Exception {
		if (this.mounted != null) {
			run("umount", this.mounted.toString());
		}
	}

	@Test
	void registerWhenStateFolderIsAFileThenStopsBeforeSendingAndTheTokenStaysUnused(CapturedOutput output)
			throws IOException {
		Files.writeString(this.matrix.stateDir(), "not a folder");
		FaultRun run = this.matrix.againstSimulator(output).exits(2).logs("State folder " + this.matrix.stateDir());
		assertThat(run.err()).contains("--state-dir");
		assertThat(this.matrix.simulator().tokenUsed()).isFalse();
		assertThat(this.matrix.simulator().registrations()).isEmpty();
	}

	@Test
	void registerWhenStateFolderIsFullThenStopsBeforeSendingAndTheTokenStaysUnused(CapturedOutput output)
			throws Exception {
		mountTmpfs("size=64k");
		fill(this.mounted.resolve("filler"));
		this.matrix.againstSimulator(output).exits(2).marked(false).logs("cannot be written");
		assertThat(this.matrix.simulator().tokenUsed()).isFalse();
	}

	@Test
	void registerWhenStateFolderIsReadOnlyThenStopsBeforeSendingAndTheTokenStaysUnused(CapturedOutput output)
			throws Exception {
		mountTmpfs("size=64k");
		assumeTrue(run("mount", "-o", "remount,ro", this.mounted.toString()) == 0, "remount read-only not allowed");
		this.matrix.againstSimulator(output).exits(2).logs("Read-only file system");
		assertThat(this.matrix.simulator().tokenUsed()).isFalse();
	}

	@Test
	void registerWhenStateFolderFailsAfterVcenterAcceptedThenRegisteredIsStillPrintedAndExit0(CapturedOutput output)
			throws Exception {
		mountTmpfs("size=64k");
		String token = "c3RhdGUtZmFpbHMtYWZ0ZXItMjAw";
		try (TestHttpsServer vcenter = TestHttpsServer.start("server",
				TestHttpsServer.servingManifest((request, exchange, n) -> {
					// The disk fills up while vCenter processes the registration.
					fill(this.mounted.resolve("filler"));
					TestHttpsServer.respond(exchange, 200, "{}");
				}))) {
			FaultRun run = this.matrix
				.register(output,
						OvfEnvironmentFiles.solutionInstall(token, vcenter.uri("/api/ui/solutioninstall"),
								vcenter.sha256()),
						vcenter.address())
				.neverShows(token)
				.exits(0)
				.logs("Registered with vCenter (HTTP 200), but it could not be recorded");
			assertThat(run.out()).contains("Registered com.example.vsphere.remoteplugin 1.2.0.0");
			assertThat(this.matrix.stateDir().resolve("done")).doesNotExist();
		}
	}

	private static void fill(Path file) {
		try (OutputStream filler = Files.newOutputStream(file)) {
			byte[] block = new byte[4096];
			for (int i = 0; i < 64; i++) {
				filler.write(block);
			}
		}
		catch (IOException ex) {
			// Full: exactly what these cases need.
		}
	}

	// The state folder becomes a small tmpfs of its own; the case skips where mount is
	// refused.
	private void mountTmpfs(String options) throws Exception {
		Path state = Files.createDirectories(this.matrix.stateDir());
		assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", state.toString()) == 0,
				"mounting a tmpfs is not allowed here");
		this.mounted = state;
	}

	private static int run(String... command) throws Exception {
		try {
			Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
