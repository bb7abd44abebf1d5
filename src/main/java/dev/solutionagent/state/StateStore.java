package dev.solutionagent.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state folder: {@code result.json} after every run, the {@code done} marker after a
 * registration, {@code history.jsonl} with every record ever written, and {@code lock},
 * which one run holds at a time. Each file is written to a temporary file, forced to disk
 * and renamed into place, so a power cut leaves the old file or the new one, never half;
 * the history is appended and forced. A registered record in {@code result.json} is only
 * ever replaced by a newer registration: what later runs did goes to the history.
 */
public final class StateStore {

	static final String RESULT = "result.json";

	static final String DONE = "done";

	static final String HISTORY = "history.jsonl";

	static final String LOCK = "lock";

	// FileChannel locks belong to the whole JVM: runs in one process take turns here
	// first.
	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private static final ObjectMapper LINE = JsonMapper.builder().build();

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
	 * The newest record of all, from the history (or {@code result.json} for a folder an
	 * older version wrote): it tells whether the last run may have spent its token.
	 * @return the newest record, empty when there is none
	 */
	public Optional<RegistrationRecord> latest() {
		Path file = this.directory.resolve(HISTORY);
		if (Files.isRegularFile(file)) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = lines.size() - 1; i >= 0; i--) {
					try {
						return Optional.of(LINE.readValue(lines.get(i), RegistrationRecord.class));
					}
					catch (JacksonException ex) {
						// A line cut short by a power cut; the one before it still
						// counts.
					}
				}
			}
			catch (IOException ex) {
				logger.warn("{} cannot be read ({}); result.json is used instead", file, ex.getMessage());
			}
		}
		return readResult();
	}

	/**
	 * Record a run's result: appended to the history, and written to {@code result.json}
	 * unless that holds a registration and this record is none.
	 * @param record the result
	 */
	public void record(RegistrationRecord record) {
		append(HISTORY, LINE.writeValueAsBytes(record));
		boolean keepRegistered = !record.wasRegistered()
				&& readResult().filter(RegistrationRecord::wasRegistered).isPresent();
		if (keepRegistered) {
			logger.info("{} keeps the earlier registration; this run's '{}' is in {}", this.directory.resolve(RESULT),
					record.outcome(), this.directory.resolve(HISTORY));
			return;
		}
		writeAtomically(RESULT, JSON.writeValueAsBytes(record));
	}

	/**
	 * Take the state folder for this run, waiting while another run holds it: two runs
	 * never send the same token, and the second sees what the first recorded.
	 * @return the lock, to be closed when the run ends
	 * @throws StateException when the folder cannot be made or locked
	 */
	public Lock lock() {
		ensureDirectory();
		Path file = this.directory.resolve(LOCK);
		ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(),
				(key) -> new ReentrantLock());
		if (!local.tryLock()) {
			logger.warn("Another run holds {}; waiting for it to finish", file);
			local.lock();
		}
		try {
			FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			FileLock held = channel.tryLock();
			if (held == null) {
				logger.warn("Another process holds {}; waiting for it to finish", file);
				held = channel.lock();
			}
			return new Lock(channel, held, local);
		}
		catch (IOException | RuntimeException ex) {
			local.unlock();
			throw new StateException(this.directory, "cannot be locked (" + ex.getMessage() + ")");
		}
	}

	/**
	 * Mark the registration done, so later boots skip it.
	 * @param record the result to keep in the marker
	 */
	public void markDone(RegistrationRecord record) {
		writeAtomically(DONE, ("registered at " + record.time() + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private void ensureDirectory() {
		try {
			if (!Files.isDirectory(this.directory)) {
				Files.createDirectories(this.directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
			}
		}
		catch (IOException ex) {
			throw new StateException(this.directory, "cannot be made (" + ex.getMessage() + ")");
		}
	}

	private void append(String name, byte[] line) {
		ensureDirectory();
		try (FileChannel channel = FileChannel.open(this.directory.resolve(name),
				Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
				PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
			ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		catch (IOException ex) {
			throw new StateException(this.directory, "cannot be written (" + ex.getMessage() + ")");
		}
	}

	private void writeAtomically(String name, byte[] content) {
		ensureDirectory();
		try {
			Path temporary = this.directory.resolve("." + name + ".tmp");
			Files.deleteIfExists(temporary);
			try (FileChannel channel = FileChannel.open(temporary,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
					PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
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
	 * The state folder held by one run.
	 */
	public static final class Lock implements AutoCloseable {

		private final FileChannel channel;

		private final FileLock held;

		private final ReentrantLock local;

		Lock(FileChannel channel, FileLock held, ReentrantLock local) {
			this.channel = channel;
			this.held = held;
			this.local = local;
		}

		@Override
		public void close() {
			try {
				this.held.release();
				this.channel.close();
			}
			catch (IOException ex) {
				// Closing the channel releases the lock in any case.
			}
			finally {
				this.local.unlock();
			}
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
