package dev.solutionagent.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The failures the simulator injects. Counts start when the faults take effect (at start,
 * or when {@link SolutionInstallSimulator#faults(Faults)} replaces them):
 * solution-install POST number 1 to {@code failFirst} fail, the next {@code dropFirst}
 * lose their response.
 *
 * @param failFirst how many POSTs answer {@code failStatus} without being processed
 * @param failStatus the status of those answers, 400 to 599
 * @param retryAfter the {@code Retry-After} header of those answers, whole seconds
 * @param delay how long every response waits after the request was processed
 * @param dropFirst how many POSTs, after the failed ones, are processed (token consumed,
 * registration stored) but answered by closing the connection
 * @param expiredToken every POST answers 401 as if the token had expired
 * @param otherCertificate new TLS connections to the vCenter endpoint see a second
 * certificate whose thumbprint matches nothing the simulator wrote (a pinned client fails
 * with exit 60)
 * @param otherPluginCertificate new TLS connections to the plug-in server see that second
 * certificate (the preflight fails with exit 5)
 */
public record Faults(int failFirst, int failStatus, Optional<Duration> retryAfter, Duration delay, int dropFirst,
		boolean expiredToken, boolean otherCertificate, boolean otherPluginCertificate) {

	public Faults {
		if (failFirst < 0 || dropFirst < 0) {
			throw new IllegalArgumentException(
					"failFirst and dropFirst must be 0 or more, not %d and %d".formatted(failFirst, dropFirst));
		}
		if (failStatus < 400 || failStatus > 599) {
			throw new IllegalArgumentException(
					"failStatus is %d; expected a failure status, 400 to 599".formatted(failStatus));
		}
		retryAfter.filter((seconds) -> seconds.isNegative() || seconds.toNanos() % 1_000_000_000 != 0)
			.ifPresent((seconds) -> {
				throw new IllegalArgumentException(
						"retryAfter is %s; expected whole seconds, 0 or more".formatted(seconds));
			});
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay is %s; expected 0 or more".formatted(delay));
		}
	}

	/**
	 * No fault: every request is answered at once and as vCenter would.
	 * @return the faults
	 */
	public static Faults none() {
		return new Faults(0, 503, Optional.empty(), Duration.ZERO, 0, false, false, false);
	}

	/**
	 * Fail the first POSTs with a status, without processing them (the token stays
	 * unused).
	 * @param count how many POSTs fail
	 * @param status their status, such as 503
	 * @return new faults
	 */
	public Faults withFailFirst(int count, int status) {
		return new Faults(count, status, this.retryAfter, this.delay, this.dropFirst, this.expiredToken,
				this.otherCertificate, this.otherPluginCertificate);
	}

	public Faults withRetryAfter(Duration retryAfter) {
		return new Faults(this.failFirst, this.failStatus, Optional.of(retryAfter), this.delay, this.dropFirst,
				this.expiredToken, this.otherCertificate, this.otherPluginCertificate);
	}

	public Faults withDelay(Duration delay) {
		return new Faults(this.failFirst, this.failStatus, this.retryAfter, delay, this.dropFirst, this.expiredToken,
				this.otherCertificate, this.otherPluginCertificate);
	}

	public Faults withDropFirst(int count) {
		return new Faults(this.failFirst, this.failStatus, this.retryAfter, this.delay, count, this.expiredToken,
				this.otherCertificate, this.otherPluginCertificate);
	}

	public Faults withExpiredToken(boolean expiredToken) {
		return new Faults(this.failFirst, this.failStatus, this.retryAfter, this.delay, this.dropFirst, expiredToken,
				this.otherCertificate, this.otherPluginCertificate);
	}

	public Faults withOtherCertificate(boolean otherCertificate) {
		return new Faults(this.failFirst, this.failStatus, this.retryAfter, this.delay, this.dropFirst,
				this.expiredToken, otherCertificate, this.otherPluginCertificate);
	}

	public Faults withOtherPluginCertificate(boolean otherPluginCertificate) {
		return new Faults(this.failFirst, this.failStatus, this.retryAfter, this.delay, this.dropFirst,
				this.expiredToken, this.otherCertificate, otherPluginCertificate);
	}

	/**
	 * The faults in words, for the simulator's banner.
	 * @return for example {@code fail the first 2 POSTs with 503 (Retry-After: 5)}
	 */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (this.failFirst > 0) {
			parts.add("fail the first %d POST%s with %d%s".formatted(this.failFirst, (this.failFirst == 1) ? "" : "s",
					this.failStatus, this.retryAfter.map((s) -> " (Retry-After: " + s.toSeconds() + ")").orElse("")));
		}
		if (this.dropFirst > 0) {
			parts.add("%s %d POST%s processed but answered by closing the connection".formatted(
					(this.failFirst > 0) ? "then" : "the first", this.dropFirst, (this.dropFirst == 1) ? "" : "s"));
		}
		if (!this.delay.isZero()) {
			parts.add("every response delayed by " + this.delay.toMillis() + " ms");
		}
		if (this.expiredToken) {
			parts.add("the token is expired");
		}
		if (this.otherCertificate) {
			parts.add("the vCenter endpoint presents another certificate (pinned clients must refuse it: exit 60)");
		}
		if (this.otherPluginCertificate) {
			parts.add("the plug-in server presents another certificate than the one written (the preflight must "
					+ "refuse it: exit 5)");
		}
		return parts.isEmpty() ? "none" : String.join("; ", parts);
	}

}
