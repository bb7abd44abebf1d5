package dev.solutionagent.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Runs an operation with Spring Framework's {@link RetryTemplate}, never past a deadline
 * (the token window's, or the preflight's own). What comes after a failed attempt depends
 * on whether it reached the peer: an answer (429, 5xx, a request without an answer) backs
 * off exponentially with jitter and the server's Retry-After; an attempt that reached
 * nothing (refused, no route, no name, no handshake) waits for the peer to accept
 * connections, asking it every {@code agent.retry.reachability-interval}, so that the
 * next attempt goes out as soon as it does. RetryTemplate waits with {@code Thread.sleep}
 * and times out on the system clock, so all waiting happens here through the injected
 * {@link Sleeper} and {@link Clock}, and RetryTemplate is handed a zero delay.
 */
public final class WindowRetry {

	/** At most one "waiting for" line in this time. */
	static final Duration WAITING_LOG_INTERVAL = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(WindowRetry.class);

	private final Deadline deadline;

	private final RetrySettings settings;

	private final Clock clock;

	private final Sleeper sleeper;

	private final RandomGenerator random;

	public WindowRetry(Deadline deadline, RetrySettings settings, Clock clock, Sleeper sleeper,
			RandomGenerator random) {
		this.deadline = deadline;
		this.settings = settings;
		this.clock = clock;
		this.sleeper = sleeper;
		this.random = random;
	}

	public Deadline deadline() {
		return this.deadline;
	}

	/**
	 * Run an operation until it succeeds, fails for good, or the deadline passes.
	 * @param <T> the result type
	 * @param operation what is attempted, for the log
	 * @param peer who is waited for when nothing reaches it, such as
	 * {@code vCenter at vc.example.com}, with the probe that asks
	 * @param attempt one attempt; throws {@link TransientFailure} to be retried, anything
	 * else to stop
	 * @return the result of the successful attempt
	 * @throws RetriesExhausted when the deadline passes (or has passed) first
	 */
	<T> T run(String operation, Optional<Peer> peer, Supplier<T> attempt) {
		if (!this.deadline.isOpen(this.clock.instant())) {
			throw new RetriesExhausted("%s closed at %s, before the first attempt (%s)".formatted(this.deadline.name(),
					this.deadline.at(), this.deadline.why()), null);
		}
		WindowPolicy policy = new WindowPolicy(operation, peer);
		try {
			return new RetryTemplate(policy).execute(new Retryable<T>() {

				@Override
				public T execute() {
					return attempt.get();
				}

				@Override
				public String getName() {
					return operation;
				}

			});
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof TransientFailure last) {
				throw new RetriesExhausted("%s closes at %s; %d attempts made, the last failed: %s".formatted(
						this.deadline.name(), this.deadline.at(), ex.getRetryCount() + 1, last.getMessage()), last);
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(operation + " failed: " + ex.getCause(), ex.getCause());
		}
	}

	/**
	 * Wait until a peer accepts connections, asking it at a fixed interval.
	 * @param peer the peer and its probe
	 * @param failedAttempt the attempt that found nothing
	 * @return {@code true} when it answered; {@code false} when the deadline would pass
	 * first
	 */
	boolean awaitReachable(Peer peer, int failedAttempt) {
		Instant start = this.clock.instant();
		Instant logged = null;
		Duration interval = this.settings.reachabilityInterval();
		while (true) {
			Instant now = this.clock.instant();
			Duration left = this.deadline.remaining(now);
			if (interval.compareTo(left) >= 0) {
				logger.warn("{} did not accept connections before {} closed ({} waited since attempt {})", peer.label(),
						this.deadline.name(), Durations.words(Duration.between(start, now)), failedAttempt);
				return false;
			}
			if (logged == null || !now.isBefore(logged.plus(WAITING_LOG_INTERVAL))) {
				logger.warn("Waiting for {} to accept connections: {} so far, {} left in {}", peer.label(),
						Durations.words(Duration.between(start, now)), Durations.words(left), this.deadline.name());
				logged = now;
			}
			try {
				this.sleeper.sleep(interval);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			if (peer.reachability().probe()) {
				logger.info("{} accepts connections after {}; attempt {} goes out now", peer.label(),
						Durations.words(Duration.between(start, this.clock.instant())), failedAttempt + 1);
				return true;
			}
		}
	}

	// Remembers the last failure so that the back-off can honour its Retry-After, tell a
	// peer that answered from one that did not, and log it.
	private final class WindowPolicy implements RetryPolicy, BackOff {

		private final String operation;

		private final Optional<Peer> peer;

		private TransientFailure last;

		// Only failures that reached the peer grow the back-off.
		private int answered;

		WindowPolicy(String operation, Optional<Peer> peer) {
			this.operation = operation;
			this.peer = peer;
		}

		@Override
		public boolean shouldRetry(Throwable failure) {
			if (failure instanceof TransientFailure transientFailure) {
				this.last = transientFailure;
				return true;
			}
			return false;
		}

		@Override
		public BackOff getBackOff() {
			return this;
		}

		@Override
		public BackOffExecution start() {
			int[] attempts = { 0 };
			return () -> nextBackOff(++attempts[0]);
		}

		private long nextBackOff(int failedAttempt) {
			if (!this.last.peerReached() && this.peer.isPresent()) {
				logger.warn(
						"{} attempt {} failed: {}; nothing reached {}, so the next attempt waits until it accepts "
								+ "connections",
						this.operation, failedAttempt, this.last.getMessage(), this.peer.get().label());
				return awaitReachable(this.peer.get(), failedAttempt) ? 0 : BackOffExecution.STOP;
			}
			Duration delay = delay(++this.answered, this.last);
			Instant now = WindowRetry.this.clock.instant();
			Duration left = WindowRetry.this.deadline.remaining(now);
			String name = WindowRetry.this.deadline.name();
			if (delay.compareTo(left) >= 0) {
				logger.warn("{} attempt {} failed: {}; {} closes in {}, no further attempt", this.operation,
						failedAttempt, this.last.getMessage(), name, Durations.words(left));
				return BackOffExecution.STOP;
			}
			logger.warn("{} attempt {} failed: {}; next attempt in {}, {} left in {}", this.operation, failedAttempt,
					this.last.getMessage(), Durations.words(delay), Durations.words(left), name);
			try {
				WindowRetry.this.sleeper.sleep(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return BackOffExecution.STOP;
			}
			return 0;
		}

	}

	Duration delay(int failedAttempt, TransientFailure failure) {
		Duration base = this.settings.baseDelay(failedAttempt);
		double spread = 1 + this.settings.jitter() * (2 * this.random.nextDouble() - 1);
		Duration jittered = Duration
			.ofMillis(Math.min((long) (base.toMillis() * spread), this.settings.maxDelay().toMillis()));
		return failure.retryAfter().filter((asked) -> asked.compareTo(jittered) > 0).orElse(jittered);
	}

	/**
	 * Who is waited for when an attempt reaches nothing, and how to ask.
	 *
	 * @param label for the log, such as {@code vCenter at vc.example.com:443}
	 * @param reachability the probe
	 */
	public record Peer(String label, Reachability reachability) {

	}

}
