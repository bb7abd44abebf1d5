package dev.solutionagent.delivery;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the agent places the token window.
 *
 * @param deployedAt the deployment time, when configured
 * @param bootTimeFile where the boot time is read from otherwise
 * @param lifetime the token lifetime
 * @param margin the safety margin before the end
 */
public record WindowSettings(Optional<Instant> deployedAt, Path bootTimeFile, Duration lifetime, Duration margin) {

	/**
	 * Place the window: at the configured deployment time, else at the system's boot
	 * time, else (boot time unknown) at the agent's start.
	 * @param clock the clock
	 * @return the window
	 */
	public TokenWindow window(Clock clock) {
		if (this.deployedAt.isPresent()) {
			return new TokenWindow(this.deployedAt.get(), "agent.window.deployed-at", this.lifetime, this.margin);
		}
		return BootTime.read(this.bootTimeFile)
			.map((boot) -> new TokenWindow(boot, "estimated as the boot time from " + this.bootTimeFile, this.lifetime,
					this.margin))
			.orElseGet(() -> new TokenWindow(clock.instant(),
					"boot time unknown, estimated as the agent's start; set agent.window.deployed-at", this.lifetime,
					this.margin));
	}

}
