package dev.solutionagent.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import dev.solutionagent.delivery.Sleeper;

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

	static CliRun of(AgentRuntime runtime, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(runtime, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
