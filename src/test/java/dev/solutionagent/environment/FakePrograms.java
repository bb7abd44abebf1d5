package dev.solutionagent.environment;

import java.nio.file.Path;

import dev.solutionagent.testsupport.FakeVmwareTools;

/**
 * Writes small shell scripts that stand in for vmware-rpctool, vmtoolsd and mount; the
 * pair that records what it is handed is {@link FakeVmwareTools}.
 */
final class FakePrograms {

	private FakePrograms() {
	}

	static Path script(Path dir, String name, String body) {
		return FakeVmwareTools.script(dir, name, body);
	}

	/**
	 * A tool that prints a file when asked for guestinfo.ovfEnv and logs its arguments.
	 */
	static Path printing(Path dir, String name, Path document) {
		return script(dir, name, "echo \"$@\" >> '" + dir.resolve(name + ".log") + "'\ncat '" + document + "'");
	}

	/** A tool that answers like VMware Tools when the variable is unset. */
	static Path noValue(Path dir, String name) {
		return script(dir, name, "echo \"$@\" >> '" + dir.resolve(name + ".log") + "'\necho 'No value found'\nexit 1");
	}

}
