package dev.solutionagent.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The system's boot time, the agent's estimate of when the appliance was deployed: it
 * runs at the first boot, which follows the deployment.
 */
public final class BootTime {

	private BootTime() {
	}

	/**
	 * Read the {@code btime} line of {@code /proc/stat}.
	 * @param procStat the file, {@code /proc/stat} on Linux
	 * @return the boot time, empty when the file or line is missing
	 */
	public static Optional<Instant> read(Path procStat) {
		try {
			return Files.readAllLines(procStat)
				.stream()
				.filter((line) -> line.matches("btime\\s+\\d+"))
				.findFirst()
				.map((line) -> Instant.ofEpochSecond(Long.parseLong(line.split("\\s+")[1])));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
