package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a VMware Tools RPC command that holds secrets with {@code vmtoolsd --cmdfile
 * FILE}, never as an argument: the command is written to a file that only this user can
 * read, created so, in a fresh folder only this user can enter, and both are deleted
 * afterwards, also on failure.
 */
final class CommandFile {

	private CommandFile() {
	}

	/**
	 * Send one RPC command.
	 * @param vmtoolsd the vmtoolsd program
	 * @param runner runs it
	 * @param command the RPC command, such as {@code info-set guestinfo.ovfEnv <doc>}
	 * @return a failed result, or empty when vmtoolsd accepted the command
	 */
	static Optional<ScrubResult> send(String vmtoolsd, ProcessRunner runner, byte[] command) {
		Path folder;
		try {
			folder = Files.createTempDirectory("solution-agent-",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		catch (IOException | UnsupportedOperationException ex) {
			return Optional.of(ScrubResult
				.failed("no private temporary folder for the info-set command (%s); ".formatted(ex.getMessage())
						+ "it is never put on a command line instead"));
		}
		Path file = folder.resolve("info-set.rpc");
		try {
			// No line break after it: vmtoolsd would send that as part of the value.
			try (SeekableByteChannel out = Files.newByteChannel(file,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
				out.write(ByteBuffer.wrap(command));
			}
			ProcessRunner.Result sent = runner.run(List.of(vmtoolsd, "--cmdfile", file.toString()));
			if (sent.exitCode() != 0) {
				return Optional.of(ScrubResult.failed(
						"%s refused info-set guestinfo.ovfEnv (exit status %d)".formatted(vmtoolsd, sent.exitCode())));
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of(ScrubResult.failed(vmtoolsd + " cannot set guestinfo.ovfEnv (" + ex.getMessage() + ")"));
		}
		finally {
			deleteQuietly(file);
			deleteQuietly(folder);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// PrivateTmp= drops the folder when the unit stops; nobody else can read it.
		}
	}

}
