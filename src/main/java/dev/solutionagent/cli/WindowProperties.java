package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.solutionagent.delivery.TokenWindow;

/**
 * The {@code agent.window.*} properties: where the token window is placed.
 */
public class WindowProperties {

	/** When the appliance was deployed; the system's boot time when unset. */
	private Instant deployedAt;

	/** Where the boot time is read from. */
	private Path bootTimeFile = Path.of("/proc/stat");

	/** How long the token lives after deployment. */
	private Duration lifetime = TokenWindow.TOKEN_LIFETIME;

	/** How long before the end of the window the agent stops trying. */
	private Duration margin = Duration.ofMinutes(1);

	public Instant getDeployedAt() {
		return this.deployedAt;
	}

	public void setDeployedAt(Instant deployedAt) {
		this.deployedAt = deployedAt;
	}

	public Path getBootTimeFile() {
		return this.bootTimeFile;
	}

	public void setBootTimeFile(Path bootTimeFile) {
		this.bootTimeFile = bootTimeFile;
	}

	public Duration getLifetime() {
		return this.lifetime;
	}

	public void setLifetime(Duration lifetime) {
		this.lifetime = lifetime;
	}

	public Duration getMargin() {
		return this.margin;
	}

	public void setMargin(Duration margin) {
		this.margin = margin;
	}

}
