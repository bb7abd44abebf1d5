package dev.solutionagent.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The administrator's vCenter credentials file, owner-only as the agent demands.
 */
final class CredentialsFiles {

	private CredentialsFiles() {
	}

	/**
	 * Write {@code vcenter.cred}, mode 0600, replacing any earlier one.
	 * @param folder where
	 * @param password the administrator's password
	 * @return the file
	 */
	static Path write(Path folder, String password) {
		Path file = folder.resolve("vcenter.cred");
		try {
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			return Files.writeString(file, "username=administrator@vsphere.local\npassword=" + password + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
