package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of {@code register} does: for real or dry, again or not, and where it
 * keeps its state.
 */
final class RunOptions {

	static final Setting<Boolean> DRY_RUN = Setting.flag("--dry-run", "agent.dry-run",
			"Build and check the body, print it, send nothing");

	static final Setting<Boolean> SHOW_TOKEN = Setting.flag("--show-token", "agent.show-token",
			"With --dry-run, print the real token instead of its length");

	static final Setting<Boolean> FORCE = Setting.flag("--force", "agent.force",
			"Register even if the done marker says it was done");

	static final Setting<Path> STATE_DIR = Setting.option("--state-dir", "agent.state-dir", "DIR", Path.class,
			Path.of("/var/lib/solution-agent"),
			"Where result.json and the done marker go (default /var/lib/solution-agent)");

	static final List<Setting<?>> ALL = List.of(DRY_RUN, SHOW_TOKEN, FORCE, STATE_DIR);

	private RunOptions() {
	}

	static Run of(Values values) {
		return new Run(values.get(DRY_RUN), values.get(SHOW_TOKEN), values.get(FORCE), values.get(STATE_DIR));
	}

	/**
	 * A run, bound.
	 *
	 * @param dryRun build and print the body without sending it
	 * @param showToken print the real token in the dry-run header line
	 * @param force register even when the done marker exists
	 * @param stateDir the folder for result.json and the done marker
	 */
	record Run(boolean dryRun, boolean showToken, boolean force, Path stateDir) {

	}

}
