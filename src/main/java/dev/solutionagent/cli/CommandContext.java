package dev.solutionagent.cli;

import java.io.PrintStream;
import java.time.Clock;

/**
 * What a command runs with: the bound settings, the clock, and the output streams (stdout
 * for results, stderr for diagnostics).
 *
 * @param settings the settings, bound once
 * @param clock the clock
 * @param out standard output: only the command's result
 * @param err standard error: diagnostics
 */
record CommandContext(AgentSettings settings, Clock clock, PrintStream out, PrintStream err) {

}
