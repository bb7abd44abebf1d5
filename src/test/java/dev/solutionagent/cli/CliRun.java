package dev.solutionagent.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import dev.solutionagent.delivery.Sleeper;
import dev.solutionagent.testsupport.MutableClock;

/**
 * Runs the CLI in-process and keeps what it printed.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exitCode, String out, String err) {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	static CliRun of(String... args) {
		return of(CLOCK, args);
	}

	static CliRun of(Clock clock, String... args) {
		return of(new AgentRuntime(clock, Sleeper.SYSTEM, new Random()), args);
	}

	static CliRun of(AgentRuntime runtime, List<String> args) {
		return of(runtime, args.toArray(String[]::new));
	}

	static CliRun of(AgentRuntime runtime, String... args) {
		return of(runtime, Cli.commands(), args);
	}

	/**
	 * Run a command line of given commands, such as one with a recording collaborator.
	 * @param runtime time and chance
	 * @param commands the commands
	 * @param args the arguments
	 * @return the run
	 */
	static CliRun of(AgentRuntime runtime, List<Command> commands, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(runtime, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), commands)
			.run(args);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Virtual time: waits move the clock instead of passing, and the jitter is seeded.
	 * @param clock the clock
	 * @param seed the seed of the jitter
	 * @return the runtime
	 */
	static AgentRuntime virtualTime(MutableClock clock, long seed) {
		return new AgentRuntime(clock, clock.sleeper(), new Random(seed));
	}

	String all() {
		return this.out + this.err;
	}

}
