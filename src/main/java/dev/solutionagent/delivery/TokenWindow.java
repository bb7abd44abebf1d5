package dev.solutionagent.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * The 30 minutes after deployment in which the one-time token is valid, less a safety
 * margin so that the last attempt still lands inside it.
 *
 * @param deployedAt when the appliance was deployed (or the best estimate of it)
 * @param estimate how {@code deployedAt} was found, for the log
 * @param lifetime how long a token lives after deployment
 * @param margin how long before the end the agent stops
 */
public record TokenWindow(Instant deployedAt, String estimate, Duration lifetime, Duration margin) {

	/** vSphere's token lifetime. */
	public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

	/**
	 * The last moment an attempt may start.
	 * @return the deadline
	 */
	public Instant deadline() {
		return this.deployedAt.plus(this.lifetime).minus(this.margin);
	}

	/**
	 * The time left before the deadline.
	 * @param now the current time
	 * @return the time left, zero when the window has closed
	 */
	public Duration remaining(Instant now) {
		Duration left = Duration.between(now, deadline());
		return left.isNegative() ? Duration.ZERO : left;
	}

	public boolean isOpen(Instant now) {
		return now.isBefore(deadline());
	}

	/**
	 * When the token expires: no exchange may outlast it.
	 * @return the deployment time plus the token lifetime
	 */
	public Instant expiry() {
		return this.deployedAt.plus(this.lifetime);
	}

	/**
	 * The deadline for starting attempts.
	 * @return the window's deadline, named for messages
	 */
	public Deadline attempts() {
		return new Deadline("the token window", deadline(),
				"deployed at %s, %s".formatted(this.deployedAt, this.estimate));
	}

}
