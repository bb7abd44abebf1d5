package dev.solutionagent.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Runs an operation with Spring Framework's {@link RetryTemplate}: transient failures are
 * retried with exponential backoff, jitter and the server's Retry-After, never past a
 * deadline (the token window's, or the preflight's own). RetryTemplate waits with
 * {@code Thread.sleep} and times out on the system clock, so the policy's back-off does
 * the waiting through the injected {@link Sleeper} and {@link Clock} and hands
 * RetryTemplate a zero delay.
 */
public final class WindowRetry {

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
	 * Run an operation until it succeeds, fails for good, or the window closes.
	 * @param <T> the result type
	 * @param operation what is attempted, for the log
	 * @param attempt one attempt; throws {@link TransientFailure} to be retried, anything
	 * else to stop
	 * @return the result of the successful attempt
	 * @throws RetriesExhausted when the window closes (or has closed) first
	 */
	<T> T run(String operation, Supplier<T> attempt) {
		if (!this.deadline.isOpen(this.clock.instant())) {
			throw new RetriesExhausted("%s closed at %s, before the first attempt (%s)".formatted(this.deadline.name(),
					this.deadline.at(), this.deadline.why()), null);
		}
		WindowPolicy policy = new WindowPolicy(operation);
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

	// Remembers the last failure so that the back-off can honour its Retry-After and log
	// it.
	private final class WindowPolicy implements RetryPolicy, BackOff {

		private final String operation;

		private TransientFailure last;

		WindowPolicy(String operation) {
			this.operation = operation;
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
			Duration delay = delay(failedAttempt, this.last);
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

}
