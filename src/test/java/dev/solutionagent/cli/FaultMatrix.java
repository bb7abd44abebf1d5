package dev.solutionagent.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import dev.solutionagent.delivery.Sleeper;
import dev.solutionagent.testsupport.MutableClock;

import org.springframework.boot.test.system.CapturedOutput;

/**
 * Runs {@code register} in-process for the fault matrix: one virtual clock for the agent
 * and its peers, a sleeper that moves it (and can act once, on the first wait, to bring a
 * peer up or change it), and the files a first boot reads.
 */
final class FaultMatrix {

	static final String DEPLOYED = "2026-11-23T10:00:00Z";

	final MutableClock clock = MutableClock.at("2026-11-23T10:01:00Z");

	final Path dir;

	private final AtomicReference<Runnable> onFirstWait = new AtomicReference<>();

	private final AtomicReference<Timed> timed = new AtomicReference<>();

	FaultMatrix(Path dir) {
		this.dir = dir;
	}

	/**
	 * Act once, when the agent first waits between attempts.
	 * @param action what to do
	 */
	void onFirstWait(Runnable action) {
		this.onFirstWait.set(action);
	}

	/**
	 * Act once, at the first wait that ends at or after a moment of the virtual clock.
	 * @param moment when
	 * @param action what to do
	 */
	void when(Instant moment, Runnable action) {
		this.timed.set(new Timed(moment, action));
	}

	Path stateDir() {
		return this.dir.resolve("state");
	}

	/**
	 * The example descriptor with its plug-in server at the given address.
	 * @param address host and port of the plug-in server
	 * @return the descriptor file
	 */
	Path descriptor(String address) {
		try {
			return Files.writeString(this.dir.resolve("extension.yaml"),
					Files.readString(Path.of("examples/extension.yaml")).replace("${appliance.address}", address));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A minimal OVF environment pointing at an endpoint.
	 * @param token the token
	 * @param endpoint the endpoint
	 * @param pin the pinned thumbprint
	 * @return the file
	 */
	Path environment(String token, String endpoint, String pin) {
		try {
			return Files.writeString(this.dir.resolve("ovf-env.xml"),
					"""
							<Environment xmlns="http://schemas.dmtf.org/ovf/environment/1" xmlns:oe="http://schemas.dmtf.org/ovf/environment/1">
							  <PropertySection>
							    <Property oe:key="solutionInstall.token" oe:value="%s"/>
							    <Property oe:key="solutionInstall.postDeployData.endpoint" oe:value="%s"/>
							    <Property oe:key="solutionInstall.postDeployData.thumbprint" oe:value="%s"/>
							    <Property oe:key="example.adminEmail" oe:value="ops@example.com"/>
							  </PropertySection>
							</Environment>"""
						.formatted(token, endpoint, pin));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Run {@code register}.
	 * @param output the captured log
	 * @param ovfEnv the environment file
	 * @param descriptor the descriptor file
	 * @param certificate the plug-in server's certificate
	 * @param more more options, later ones win
	 * @return the run
	 */
	FaultRun register(CapturedOutput output, Path ovfEnv, Path descriptor, Path certificate, String... more) {
		int logStart = output.getAll().length();
		List<String> args = new ArrayList<>(List.of("register", "--ovf-env", ovfEnv.toString(), "--descriptor",
				descriptor.toString(), "--certificate", certificate.toString(), "--state-dir", stateDir().toString(),
				"--deployed-at", DEPLOYED));
		args.addAll(List.of(more));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new AgentRuntime(this.clock, sleeper(), new Random(11)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args.toArray(String[]::new));
		return new FaultRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
				output.getAll().substring(logStart), stateDir());
	}

	private Sleeper sleeper() {
		Sleeper advance = this.clock.sleeper();
		return (Duration duration) -> {
			Runnable action = this.onFirstWait.getAndSet(null);
			if (action != null) {
				action.run();
			}
			advance.sleep(duration);
			Timed due = this.timed.get();
			if (due != null && !this.clock.instant().isBefore(due.moment()) && this.timed.compareAndSet(due, null)) {
				due.action().run();
			}
		};
	}

	private record Timed(Instant moment, Runnable action) {

	}

}
