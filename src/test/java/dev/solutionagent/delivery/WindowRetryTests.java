package dev.solutionagent.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class WindowRetryTests {

	private static final Instant DEPLOYED = Instant.parse("2026-11-23T10:00:00Z");

	private final MutableClock clock = new MutableClock(DEPLOYED.plusSeconds(60));

	private static final Duration HALF_SECOND = Duration.ofMillis(500);

	private final TokenWindow window = new TokenWindow(DEPLOYED, "test", Duration.ofMinutes(30), Duration.ofMinutes(1));

	@Test
	void runWhenTransientThenBacksOffExponentiallyUpToTheCapAndSucceeds(CapturedOutput output) {
		WindowRetry retry = retry(
				new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(5), 2.0, 0.0, HALF_SECOND));
		AtomicInteger calls = new AtomicInteger();
		String result = retry.run("test", Optional.empty(), () -> {
			if (calls.incrementAndGet() < 6) {
				throw new TransientFailure("vc answered 503", Optional.empty(), false, true);
			}
			return "done";
		});
		assertThat(result).isEqualTo("done");
		assertThat(this.clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
				Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
		assertThat(output.getAll())
			.contains("test attempt 1 failed: vc answered 503; next attempt in 1 s, 28 min left in the token window")
			.contains("test attempt 5 failed");
	}

	@Test
	void runWhenJitterThenEachWaitWithinItsSpread() {
		WindowRetry retry = retry(
				new RetrySettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 2.0, 0.2, HALF_SECOND));
		TransientFailure failure = new TransientFailure("x", Optional.empty(), false, true);
		for (int i = 0; i < 200; i++) {
			assertThat(retry.delay(1, failure)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
			assertThat(retry.delay(3, failure)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(30));
		}
	}

	@Test
	void runWhenRetryAfterLongerThanBackoffThenHonoured() {
		WindowRetry retry = retry(RetrySettings.defaults());
		AtomicInteger calls = new AtomicInteger();
		retry.run("test", Optional.empty(), () -> {
			if (calls.incrementAndGet() == 1) {
				throw new TransientFailure("503", Optional.of(Duration.ofSeconds(90)), false, true);
			}
			return "ok";
		});
		assertThat(this.clock.sleeps()).containsExactly(Duration.ofSeconds(90));
	}

	@Test
	void runWhenNeverSucceedsThenStopsBeforeTheDeadlineWithTheLastCause(CapturedOutput output) {
		WindowRetry retry = retry(RetrySettings.defaults());
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(RetriesExhausted.class).isThrownBy(() -> retry.run("test", Optional.empty(), () -> {
			calls.incrementAndGet();
			throw new TransientFailure("vc answered 503", Optional.empty(), false, true);
		})).withMessageContaining("the last failed: vc answered 503").satisfies((ex) -> {
			assertThat(ex.getCause().getMessage()).isEqualTo("vc answered 503");
		});
		assertThat(this.clock.instant()).isBefore(this.window.deadline());
		assertThat(calls.get()).isBetween(50, 70);
		assertThat(output.getAll()).contains("the token window closes in").contains("no further attempt");
	}

	@Test
	void runWhenWindowAlreadyClosedThenNoAttempt() {
		this.clock.advance(Duration.ofMinutes(40));
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(RetriesExhausted.class)
			.isThrownBy(() -> retry(RetrySettings.defaults()).run("test", Optional.empty(), calls::incrementAndGet))
			.withMessageContaining("before the first attempt");
		assertThat(calls.get()).isZero();
	}

	@Test
	void runWhenFinalFailureThenNotRetried() {
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(DeliveryException.class)
			.isThrownBy(() -> retry(RetrySettings.defaults()).run("test", Optional.empty(), () -> {
				calls.incrementAndGet();
				throw new DeliveryException(ExitStatus.TOKEN_REFUSED, "401", 1, 401);
			}));
		assertThat(calls.get()).isOne();
		assertThat(this.clock.sleeps()).isEmpty();
	}

	@Test
	void runWhenNothingReachedThenWaitsAtTheIntervalAndSendsOnceThePeerAccepts(CapturedOutput output) {
		WindowRetry retry = retry(RetrySettings.defaults());
		Instant opens = this.clock.instant().plusSeconds(45);
		AtomicInteger attempts = new AtomicInteger();
		AtomicInteger probes = new AtomicInteger();
		Instant sent = retry.run("solution install", Optional.of(new WindowRetry.Peer("vCenter at vc:443", () -> {
			probes.incrementAndGet();
			return !this.clock.instant().isBefore(opens);
		})), () -> {
			attempts.incrementAndGet();
			if (this.clock.instant().isBefore(opens)) {
				throw new TransientFailure("vc cannot be reached (ConnectException)", Optional.empty(), false, false);
			}
			return this.clock.instant();
		});
		// Exactly one attempt after the first, at most one interval after the peer
		// opened.
		assertThat(attempts.get()).isEqualTo(2);
		assertThat(Duration.between(opens, sent)).isBetween(Duration.ZERO, HALF_SECOND);
		assertThat(probes.get()).isEqualTo(90);
		assertThat(this.clock.sleeps()).containsOnly(HALF_SECOND);
		String log = output.getAll();
		assertThat(log).contains("nothing reached vCenter at vc:443, so the next attempt waits until it accepts")
			.contains(
					"Waiting for vCenter at vc:443 to accept connections: 0 s so far, 28 min left in the token window")
			.contains("Waiting for vCenter at vc:443 to accept connections: 30 s so far")
			.contains("vCenter at vc:443 accepts connections after 45 s; attempt 2 goes out now");
		assertThat(log.split("Waiting for vCenter", -1)).hasSize(3);
	}

	@Test
	void runWhenAnswersAlternateWithSilenceThenOnlyAnswersGrowTheBackOff() {
		WindowRetry retry = retry(
				new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.0, HALF_SECOND));
		AtomicInteger attempts = new AtomicInteger();
		retry.run("solution install", Optional.of(new WindowRetry.Peer("vCenter at vc:443", () -> true)), () -> {
			switch (attempts.incrementAndGet()) {
				case 1, 3 -> throw new TransientFailure("vc answered 503", Optional.empty(), false, true);
				case 2 -> throw new TransientFailure("vc cannot be reached", Optional.empty(), false, false);
				default -> {
					return "ok";
				}
			}
		});
		assertThat(this.clock.sleeps()).containsExactly(Duration.ofSeconds(1), HALF_SECOND, Duration.ofSeconds(2));
	}

	@Test
	void runWhenPeerNeverAcceptsThenStopsBeforeTheDeadline(CapturedOutput output) {
		WindowRetry retry = retry(RetrySettings.defaults());
		assertThatExceptionOfType(RetriesExhausted.class).isThrownBy(() -> retry.run("solution install",
				Optional.of(new WindowRetry.Peer("vCenter at vc:443", () -> false)), () -> {
					throw new TransientFailure("vc cannot be reached", Optional.empty(), false, false);
				}))
			.withMessageContaining("1 attempts made, the last failed: vc cannot be reached");
		assertThat(this.clock.instant()).isBefore(this.window.deadline());
		assertThat(output.getAll()).contains("vCenter at vc:443 did not accept connections before the token window")
			.contains("Waiting for vCenter at vc:443 to accept connections: 27 min 30 s so far");
		// One line every 30 s of the 29 minutes, not one per probe.
		assertThat(output.getAll().split("Waiting for vCenter", -1).length - 1).isBetween(55, 60);
	}

	private WindowRetry retry(RetrySettings settings) {
		return new WindowRetry(this.window.attempts(), settings, this.clock, this.clock.sleeper(), new Random(7));
	}

}
