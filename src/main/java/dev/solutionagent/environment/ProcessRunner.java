package dev.solutionagent.environment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a helper program (vmware-rpctool, vmtoolsd, mount) with a timeout and a cap on
 * what it may print. Arguments are passed as a list, never through a shell, and the
 * program gets a minimal environment of its own instead of the agent's, which may hold
 * {@code AGENT_VCENTER_PASSWORD} and other settings.
 */
public final class ProcessRunner {

	/** The whole environment a helper program gets. */
	static final Map<String, String> ENVIRONMENT = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL", "C");

	private final Duration timeout;

	private final int maxOutputBytes;

	public ProcessRunner(Duration timeout, int maxOutputBytes) {
		this.timeout = timeout;
		this.maxOutputBytes = maxOutputBytes;
	}

	/**
	 * Run a program to completion.
	 * @param command the program and its arguments
	 * @return the result
	 * @throws IOException when the program cannot be started (for example it is not
	 * installed) or does not finish in time
	 */
	public Result run(List<String> command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().clear();
		builder.environment().putAll(ENVIRONMENT);
		Process process = builder.start();
		process.getOutputStream().close();
		// Read on another thread so a program that hangs with its pipe open still times
		// out.
		CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readCapped(process.getInputStream()),
				(task) -> new Thread(task, "process-output").start());
		try {
			if (!process.waitFor(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException(command.get(0) + " did not finish within " + this.timeout.toSeconds() + " s");
			}
			return new Result(process.exitValue(), output.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException(command.get(0) + " was interrupted", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IOException("cannot read the output of " + command.get(0), ex);
		}
	}

	private byte[] readCapped(InputStream in) {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) != -1) {
				if (out.size() <= this.maxOutputBytes) {
					out.write(buffer, 0, Math.min(read, this.maxOutputBytes + 1 - out.size()));
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a program printed and how it exited.
	 *
	 * @param exitCode the exit status
	 * @param output standard output, cut one byte past the cap so callers can tell
	 */
	public record Result(int exitCode, byte[] output) {

		public String text() {
			return new String(this.output, StandardCharsets.UTF_8);
		}

	}

}
