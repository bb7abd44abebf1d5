package dev.solutionagent.environment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A document in a file the user named with {@code --ovf-env}: it must exist.
 */
public final class FileTransport implements Transport {

	private final Path file;

	private final int maxBytes;

	public FileTransport(Path file, int maxBytes) {
		this.file = file;
		this.maxBytes = maxBytes;
	}

	@Override
	public Optional<RawDocument> read() {
		String source = "file " + this.file;
		try {
			return Optional.of(new RawDocument(readCapped(this.file, this.maxBytes), source));
		}
		catch (NoSuchFileException ex) {
			throw new OvfEnvironmentException(source, "does not exist; check --ovf-env (agent.ovf-env)");
		}
		catch (IOException ex) {
			throw new OvfEnvironmentException(source, "cannot be read (" + ex.getMessage() + ")");
		}
	}

	@Override
	public String describe() {
		return "file " + this.file;
	}

	/**
	 * Read at most one byte more than the cap, so the parser can report an oversized
	 * document without the whole of it in memory.
	 */
	static byte[] readCapped(Path file, int maxBytes) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(maxBytes + 1);
		}
	}

}
