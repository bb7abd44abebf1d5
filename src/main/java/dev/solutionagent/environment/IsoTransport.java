package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ISO transport: {@code ovf-env.xml} on the CD-ROM that vSphere attaches. Looks on
 * iso9660 file systems that are already mounted, then mounts each CD-ROM device read-only
 * in turn.
 */
public final class IsoTransport implements Transport {

	/** The file name and the spellings seen in the wild. */
	static final List<String> FILE_NAMES = List.of("ovf-env.xml", "ovf_env.xml", "OVF-ENV.XML", "OVF_ENV.XML");

	private static final Logger logger = LoggerFactory.getLogger(IsoTransport.class);

	private final Path mountTable;

	private final List<Path> devices;

	private final String mountProgram;

	private final String umountProgram;

	private final ProcessRunner runner;

	private final int maxBytes;

	public IsoTransport(Path mountTable, List<Path> devices, String mountProgram, String umountProgram,
			ProcessRunner runner, int maxBytes) {
		this.mountTable = mountTable;
		this.devices = List.copyOf(devices);
		this.mountProgram = mountProgram;
		this.umountProgram = umountProgram;
		this.runner = runner;
		this.maxBytes = maxBytes;
	}

	@Override
	public Optional<RawDocument> read() {
		for (Path mountPoint : mountedIsoFileSystems()) {
			Optional<RawDocument> document = findIn(mountPoint, "iso9660 mounted at " + mountPoint);
			if (document.isPresent()) {
				return document;
			}
		}
		for (Path device : this.devices) {
			if (Files.exists(device)) {
				Optional<RawDocument> document = readDevice(device);
				if (document.isPresent()) {
					return document;
				}
			}
		}
		return Optional.empty();
	}

	private List<Path> mountedIsoFileSystems() {
		List<Path> mountPoints = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(this.mountTable)) {
				String[] fields = line.trim().split("\\s+");
				if (fields.length >= 3 && fields[2].equals("iso9660")) {
					mountPoints.add(Path.of(unescape(fields[1])));
				}
			}
		}
		catch (IOException ex) {
			logger.debug("Mount table {} cannot be read: {}", this.mountTable, ex.getMessage());
		}
		return mountPoints;
	}

	// The kernel writes a space in a mount point as \040, a tab as \011, and so on.
	static String unescape(String field) {
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
				result.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
				i += 3;
			}
			else {
				result.append(c);
			}
		}
		return result.toString();
	}

	private Optional<RawDocument> readDevice(Path device) {
		Path mountPoint = null;
		try {
			mountPoint = Files.createTempDirectory("solution-agent-iso");
			ProcessRunner.Result mounted = this.runner
				.run(List.of(this.mountProgram, "-o", "ro", "-t", "iso9660", device.toString(), mountPoint.toString()));
			if (mounted.exitCode() != 0) {
				logger.debug("{} cannot be mounted (exit status {})", device, mounted.exitCode());
				return Optional.empty();
			}
			try {
				return findIn(mountPoint, "iso9660 on " + device);
			}
			finally {
				this.runner.run(List.of(this.umountProgram, mountPoint.toString()));
			}
		}
		catch (IOException ex) {
			logger.debug("{} cannot be mounted: {}", device, ex.getMessage());
			return Optional.empty();
		}
		finally {
			deleteQuietly(mountPoint);
		}
	}

	private Optional<RawDocument> findIn(Path directory, String description) {
		for (String name : FILE_NAMES) {
			Path file = directory.resolve(name);
			if (Files.isRegularFile(file)) {
				String source = "ISO transport (" + name + " on " + description + ")";
				try {
					return Optional.of(new RawDocument(FileTransport.readCapped(file, this.maxBytes), source));
				}
				catch (IOException ex) {
					throw new OvfEnvironmentException(source, "cannot be read (" + ex.getMessage() + ")");
				}
			}
		}
		return Optional.empty();
	}

	private static void deleteQuietly(Path directory) {
		if (directory != null) {
			try {
				Files.deleteIfExists(directory);
			}
			catch (IOException ex) {
				logger.debug("Temporary mount point {} was left behind: {}", directory, ex.getMessage());
			}
		}
	}

	@Override
	public String describe() {
		return "ISO transport (%s on iso9660 file systems in %s, then CD-ROM devices %s)".formatted(
				String.join("/", FILE_NAMES), this.mountTable,
				this.devices.stream().map(Path::toString).collect(Collectors.joining(", ")));
	}

}
