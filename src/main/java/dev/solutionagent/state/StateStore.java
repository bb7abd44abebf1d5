package dev.solutionagent.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state folder: {@code result.json} after every run and the {@code done} marker after
 * a registration. Each file is written to a temporary file, forced to disk and renamed
 * into place, so a power cut leaves the old file or the new one, never half.
 */
public final class StateStore {

	static final String RESULT = "result.json";

	static final String DONE = "done";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Logger logger = LoggerFactory.getLogger(StateStore.class);

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Path directory;

	public StateStore(Path directory) {
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * Whether an earlier run registered the plug-in.
	 * @return {@code true} when the done marker exists
	 */
	public boolean isDone() {
		return Files.exists(this.directory.resolve(DONE));
	}

	/**
	 * The result an earlier run recorded.
	 * @return the record, empty when there is none or it cannot be read (a record written
	 * by another version, or damaged)
	 */
	public Optional<RegistrationRecord> readResult() {
		Path file = this.directory.resolve(RESULT);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(Files.readAllBytes(file), RegistrationRecord.class));
		}
		catch (IOException | JacksonException ex) {
			logger.warn("{} cannot be read ({}); it is replaced at the end of this run", file, ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Record a run's result.
	 * @param record the result
	 */
	public void writeResult(RegistrationRecord record) {
		writeAtomically(RESULT, JSON.writeValueAsBytes(record));
	}

	/**
	 * Mark the registration done, so later boots skip it.
	 * @param record the result to keep in the marker
	 */
	public void markDone(RegistrationRecord record) {
		writeAtomically(DONE, ("registered at " + record.time() + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private void writeAtomically(String name, byte[] content) {
		try {
			if (!Files.isDirectory(this.directory)) {
				Files.createDirectories(this.directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
			}
			Path temporary = this.directory.resolve("." + name + ".tmp");
			Files.deleteIfExists(temporary);
			try (FileChannel channel = FileChannel.open(temporary,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
					PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
				channel.write(ByteBuffer.wrap(content));
				channel.force(true);
			}
			move(temporary, this.directory.resolve(name));
			forceDirectory();
		}
		catch (FileAlreadyExistsException ex) {
			throw new StateException(this.directory, "holds a temporary file another run is writing");
		}
		catch (IOException ex) {
			throw new StateException(this.directory, "cannot be written (" + ex.getMessage() + ")");
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("the file system cannot rename atomically", ex);
		}
	}

	// The rename is durable only once the directory entry is on disk too.
	private void forceDirectory() {
		try (FileChannel directoryChannel = FileChannel.open(this.directory, StandardOpenOption.READ)) {
			directoryChannel.force(true);
		}
		catch (IOException | UncheckedIOException ex) {
			// Some file systems refuse to open a directory; the rename itself is still
			// atomic.
		}
	}

	/**
	 * The state folder cannot be used.
	 */
	public static class StateException extends AgentException {

		StateException(Path directory, String problem) {
			super(ExitStatus.USAGE, "State folder %s %s; check --state-dir (agent.state-dir) and its permissions"
				.formatted(directory, problem));
		}

	}

}
