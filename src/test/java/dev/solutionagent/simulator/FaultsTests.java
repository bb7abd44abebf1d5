package dev.solutionagent.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FaultsTests {

	@Test
	void noneThenDescribesItselfAsNone() {
		assertThat(Faults.none().describe()).isEqualTo("none");
	}

	@Test
	void describeWhenSeveralFaultsThenNamesEach() {
		Faults faults = Faults.none()
			.withFailFirst(2, 503)
			.withRetryAfter(Duration.ofSeconds(5))
			.withDropFirst(1)
			.withDelay(Duration.ofMillis(250))
			.withExpiredToken(true)
			.withOtherCertificate(true);
		assertThat(faults.describe()).isEqualTo("fail the first 2 POSTs with 503 (Retry-After: 5); "
				+ "then 1 POST processed but answered by closing the connection; every response delayed by 250 ms; "
				+ "the token is expired; the vCenter endpoint presents another certificate (pinned clients must refuse it: exit 60)");
	}

	@Test
	void withFailFirstWhenStatusIsNotAFailureThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Faults.none().withFailFirst(1, 200))
			.withMessageContaining("failStatus is 200");
	}

	@Test
	void withRetryAfterWhenNotWholeSecondsThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Faults.none().withRetryAfter(Duration.ofMillis(1500)))
			.withMessageContaining("whole seconds");
	}

	@Test
	void withDropFirstWhenNegativeThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Faults.none().withDropFirst(-1));
	}

	@Test
	void withDelayWhenNegativeThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Faults.none().withDelay(Duration.ofSeconds(-1)));
	}

}
