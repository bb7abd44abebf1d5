package dev.solutionagent.vim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.Secret;

/**
 * A vCenter user name and password. The password prints as a redaction marker.
 *
 * @param username the vCenter user, such as {@code administrator@vsphere.local}
 * @param password the password
 */
public record Credentials(String username, Secret password) {

	/**
	 * The permissions a credentials file may have: the owner's read and write at most.
	 */
	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	public Credentials {
		if (username.isBlank()) {
			throw new IllegalArgumentException("the vCenter user name is empty");
		}
		if (password.isEmpty()) {
			throw new IllegalArgumentException("the vCenter password is empty");
		}
	}

	/**
	 * Read a credentials file of {@code username=...} and {@code password=...} lines
	 * ({@code #} comments and blank lines allowed, blanks around values removed). The
	 * file must be readable by its owner only (mode 0600 or stricter).
	 * @param file the file
	 * @return the credentials
	 * @throws CredentialsFileException naming the file and what to do
	 */
	public static Credentials fromFile(Path file) {
		checkPermissions(file);
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new CredentialsFileException(file, "cannot be read (" + ex.getMessage() + ")");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			String key = (equals > 0) ? line.substring(0, equals).strip() : "";
			if (!key.equals("username") && !key.equals("password")) {
				// The line may be a password: never quote it.
				throw new CredentialsFileException(file,
						"line %d is not 'username=...' or 'password=...'".formatted(i + 1));
			}
			values.put(key, line.substring(equals + 1).strip());
		}
		for (String key : List.of("username", "password")) {
			if (values.getOrDefault(key, "").isEmpty()) {
				throw new CredentialsFileException(file, "has no " + key + "=... line");
			}
		}
		return new Credentials(values.get("username"), Secret.of(values.get("password")));
	}

	private static void checkPermissions(Path file) {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(file);
		}
		catch (NoSuchFileException ex) {
			throw new CredentialsFileException(file, "does not exist");
		}
		catch (UnsupportedOperationException ex) {
			throw new CredentialsFileException(file, "is on a file system without POSIX permissions, "
					+ "so it cannot be checked that only its owner reads it");
		}
		catch (IOException ex) {
			throw new CredentialsFileException(file, "cannot be read (" + ex.getMessage() + ")");
		}
		if (!OWNER_ONLY.containsAll(permissions)) {
			throw new CredentialsFileException(file,
					"has mode %s, but only 0600 or stricter keeps other users from reading the password; "
						.formatted(mode(permissions)) + "run 'chmod 600 " + file + "' and try again");
		}
	}

	private static String mode(Set<PosixFilePermission> permissions) {
		int mode = 0;
		for (PosixFilePermission permission : permissions) {
			mode |= 1 << (8 - permission.ordinal());
		}
		return "%04o".formatted(mode);
	}

	@Override
	public String toString() {
		return this.username + " (password " + this.password + ")";
	}

	/**
	 * A credentials file that cannot be used.
	 */
	public static class CredentialsFileException extends AgentException {

		CredentialsFileException(Path file, String problem) {
			super(ExitStatus.USAGE,
					"Credentials file %s %s; it holds 'username=...' and 'password=...' lines ".formatted(file, problem)
							+ "and must have mode 0600 (--credentials, agent.vcenter.credentials)");
		}

	}

}
