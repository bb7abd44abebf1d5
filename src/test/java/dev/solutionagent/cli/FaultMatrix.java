package dev.solutionagent.cli;

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
 * and its peers, and a sleeper that moves it (and can act once, on the first wait, to
 * bring a peer up or change it).
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
