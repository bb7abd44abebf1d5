package dev.solutionagent.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes small shell scripts that stand in for vmware-rpctool, vmtoolsd and mount.
 */
final class FakePrograms {

	private FakePrograms() {
	}

	static Path script(Path dir, String name, String body) {
		try {
			Path file = dir.resolve(name);
			Files.writeString(file, "#!/bin/sh\n" + body + "\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
