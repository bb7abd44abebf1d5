package dev.solutionagent.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.solutionagent.delivery.Sleeper;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import dev.solutionagent.testsupport.ExampleDescriptor;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import dev.solutionagent.testsupport.Simulators;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.system.CapturedOutput;

/**
 * Runs {@code register} in-process for the fault matrix: one virtual clock for the agent
 * and its peers, a sleeper that moves it (and can act once, on the first wait, to bring a
 * peer up or change it), a simulator started for each test, and the files a first boot
 * reads. Register it with {@code @RegisterExtension}.
 */
final class FaultMatrix implements BeforeEachCallback, AfterEachCallback {

	static final String DEPLOYED = "2026-11-23T10:00:00Z";

	final MutableClock clock = MutableClock.at("2026-11-23T10:01:00Z");

	private final Supplier<Path> dir;

	private final AtomicReference<Runnable> onFirstWait = new AtomicReference<>();

	private final AtomicReference<Timed> timed = new AtomicReference<>();

	private SolutionInstallSimulator simulator;

	/**
	 * A matrix whose files go to the test's folder.
	 * @param dir the folder, read once JUnit has injected it
	 */
	FaultMatrix(Supplier<Path> dir) {
		this.dir = dir;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.simulator = SolutionInstallSimulator.start(Simulators.forExampleDescriptor(this.clock));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.simulator.close();
	}

	SolutionInstallSimulator simulator() {
		return this.simulator;
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
		return this.dir.get().resolve("state");
	}

	/**
	 * Run {@code register} against the simulator, with the files a first boot reads
	 * written from it before the first run.
	 * @param output the captured log
	 * @param more more options, later ones win
	 * @return the run, checked not to show the simulator's token
	 */
	FaultRun againstSimulator(CapturedOutput output, String... more) {
		Path ovfEnv = this.dir.get().resolve("ovf-env.xml");
		Path certificate = this.dir.get().resolve("plugin-server.pem");
		if (!Files.exists(ovfEnv)) {
			this.simulator.writeOvfEnvironment(ovfEnv);
			this.simulator.writeCertificatePem(certificate);
		}
		Path descriptor = ExampleDescriptor.writeTo(this.dir.get(), "127.0.0.1:" + this.simulator.address().getPort());
		return register(output, ovfEnv, descriptor, certificate, more).neverShows(this.simulator.token().reveal());
	}

	/**
	 * Run {@code register} against a plug-in server that presents the test certificate.
	 * @param output the captured log
	 * @param environment the OVF environment, naming vCenter
	 * @param pluginServer host and port of the plug-in server
	 * @param more more options, later ones win
	 * @return the run
	 */
	FaultRun register(CapturedOutput output, OvfEnvironmentFiles environment, String pluginServer, String... more) {
		return register(output, environment.writeTo(this.dir.get()),
				ExampleDescriptor.writeTo(this.dir.get(), pluginServer), Path.of("src/test/resources/tls/server.pem"),
				more);
	}

	private FaultRun register(CapturedOutput output, Path ovfEnv, Path descriptor, Path certificate, String... more) {
		int logStart = output.getAll().length();
		List<String> args = new ArrayList<>(List.of("register", "--ovf-env", ovfEnv.toString(), "--descriptor",
				descriptor.toString(), "--certificate", certificate.toString(), "--state-dir", stateDir().toString(),
				"--deployed-at", DEPLOYED));
		args.addAll(List.of(more));
		CliRun run = CliRun.of(new AgentRuntime(this.clock, sleeper(), new Random(11)), args);
		return new FaultRun(run.exitCode(), run.out(), run.err(), output.getAll().substring(logStart), stateDir());
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
