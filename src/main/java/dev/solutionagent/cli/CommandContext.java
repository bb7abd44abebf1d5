package dev.solutionagent.cli;

import java.io.PrintStream;
import java.time.Clock;

/**
 * What a command runs with: the bound settings, time, and the output streams (stdout for
 * results, stderr for diagnostics).
 *
 * @param settings the settings, bound once
 * @param runtime the clock, sleeper and randomness
 * @param out standard output: only the command's result
 * @param err standard error: diagnostics
 */
record CommandContext(AgentSettings settings, AgentRuntime runtime, PrintStream out, PrintStream err) {

	Clock clock() {
		return this.runtime.clock();
	}

}
