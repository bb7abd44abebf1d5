package dev.solutionagent.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorSettingsTests {

	@Test
	void defaultsThenModelAnEightZeroUpdateThreeVcenterPair() {
		SimulatorSettings defaults = SimulatorSettings.defaults();
		assertThat(defaults.host()).isEqualTo("127.0.0.1");
		assertThat(defaults.port()).isZero();
		assertThat(defaults.targets()).isEqualTo(2);
		assertThat(defaults.targetVersion()).hasValue("8.0.3");
		assertThat(defaults.clientVersion()).hasValue("8.0.3.00300");
		assertThat(defaults.tokenLifetime()).isEqualTo(Duration.ofMinutes(30));
		assertThat(defaults.ovfProperties()).isEmpty();
	}

	@Test
	void withTargetVersionWhenNoneThenNoVersion() {
		assertThat(SimulatorSettings.defaults().withTargetVersion("None").targetVersion()).isEmpty();
		assertThat(SimulatorSettings.defaults().withTargetVersion("8.0.2").targetVersion()).hasValue("8.0.2");
	}

	@Test
	void withTargetVersionWhenNotDottedThenRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorSettings.defaults().withTargetVersion("8.0U3"))
			.withMessageContaining("targetVersion is '8.0U3'");
	}

	@Test
	void withPortWhenOutOfRangeThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorSettings.defaults().withPort(70000))
			.withMessageContaining("port is 70000");
	}

	@Test
	void withTargetsWhenNegativeThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorSettings.defaults().withTargets(-1));
	}

	@Test
	void withOvfPropertyWhenSolutionInstallKeyThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorSettings.defaults().withOvfProperty("solutionInstall.token", "x"));
	}

	@Test
	void startWhenPortIsTakenThenSimulatorExceptionNamesThePort() {
		try (SolutionInstallSimulator first = SolutionInstallSimulator.start(SimulatorSettings.defaults())) {
			int port = first.address().getPort();
			assertThatExceptionOfType(SimulatorException.class)
				.isThrownBy(() -> SolutionInstallSimulator.start(SimulatorSettings.defaults().withPort(port)))
				.withMessageContaining("port " + port);
		}
	}

}
