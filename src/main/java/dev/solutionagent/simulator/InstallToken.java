package dev.solutionagent.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import dev.solutionagent.environment.Secret;

/**
 * The one-time solution-install token: 32 random bytes in base64, valid for a lifetime
 * after issue by the injected clock. Not thread-safe; the endpoint serializes POSTs.
 */
final class InstallToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Secret value;

	private final Instant expiresAt;

	private final Clock clock;

	private boolean used;

	private InstallToken(Secret value, Instant expiresAt, Clock clock) {
		this.value = value;
		this.expiresAt = expiresAt;
		this.clock = clock;
	}

	static InstallToken issue(Clock clock, Duration lifetime) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new InstallToken(Secret.of(Base64.getEncoder().encodeToString(bytes)), clock.instant().plus(lifetime),
				clock);
	}

	Secret value() {
		return this.value;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	boolean isUsed() {
		return this.used;
	}

	/**
	 * Why a presented token is refused, if it is.
	 * @param presented the header value, if the header was sent
	 * @param expiredFault whether the expired-token fault is on
	 * @return the reason, for a 401 message, or empty when the token is good
	 */
	Optional<String> refusal(Optional<String> presented, boolean expiredFault) {
		if (expiredFault) {
			return Optional.of("the solution-install-token expired (simulated fault); tokens are valid for 30 minutes "
					+ "after the appliance was deployed");
		}
		if (presented.isEmpty() || presented.get().isEmpty()) {
			return Optional.of("the solution-install-token header is missing");
		}
		if (!MessageDigest.isEqual(presented.get().getBytes(StandardCharsets.UTF_8),
				this.value.reveal().getBytes(StandardCharsets.UTF_8))) {
			return Optional.of("the solution-install-token is wrong: it is not the token issued for this deployment");
		}
		if (this.used) {
			return Optional.of("the solution-install-token was already used; it is one-time");
		}
		if (!this.clock.instant().isBefore(this.expiresAt)) {
			return Optional.of("the solution-install-token expired at " + this.expiresAt);
		}
		return Optional.empty();
	}

	void consume() {
		this.used = true;
	}

}
