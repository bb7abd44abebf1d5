package dev.solutionagent.extension;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.solutionagent.extension.ApplianceAddress.Candidate;
import dev.solutionagent.extension.ApplianceAddress.Choice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApplianceAddressTests {

	private static final Supplier<List<Candidate>> NEVER = () -> {
		throw new AssertionError("the machine was asked");
	};

	@Test
	void chooseWhenSettingGivenThenItAndSaysSoWithoutAskingTheMachine() {
		Choice choice = ApplianceAddress.choose(Optional.of(" 10.0.0.50 "), Optional.empty(), Optional.empty(), NEVER);
		assertThat(choice)
			.isEqualTo(new Choice("10.0.0.50", "agent.appliance.address (--appliance-address)", Optional.empty()));
	}

	@Test
	void chooseWhenOvfPropertyHoldsItThenItNamingTheProperty() {
		Choice choice = ApplianceAddress.choose(Optional.empty(), Optional.of("vendor.ip0"), Optional.of("10.0.0.7"),
				NEVER);
		assertThat(choice.address()).isEqualTo("10.0.0.7");
		assertThat(choice.source()).isEqualTo("OVF property vendor.ip0 (agent.appliance.address-property)");
		assertThat(choice.warning()).isEmpty();
	}

	@Test
	void chooseWhenMachineHasOneAddressThenItNamingTheInterfaceAndNoWarning() {
		Choice choice = ApplianceAddress.choose(Optional.empty(), Optional.empty(), Optional.empty(),
				() -> List.of(new Candidate("10.0.0.5", "eth0")));
		assertThat(choice.address()).isEqualTo("10.0.0.5");
		assertThat(choice.source()).isEqualTo("interface eth0, the first that is up and not loopback");
		assertThat(choice.warning()).isEmpty();
	}

	@Test
	void chooseWhenMachineHasSeveralAddressesThenTheFirstAndAWarningListingThem() {
		Choice choice = ApplianceAddress.choose(Optional.empty(), Optional.empty(), Optional.empty(),
				() -> List.of(new Candidate("10.0.0.5", "eth0"), new Candidate("192.168.122.1", "virbr0"),
						new Candidate("[fd00::5]", "eth0")));
		assertThat(choice.address()).isEqualTo("10.0.0.5");
		assertThat(choice.warning()).contains("this machine has 3 candidate addresses (10.0.0.5 eth0, "
				+ "192.168.122.1 virbr0, [fd00::5] eth0); ${appliance.address} is the first, 10.0.0.5 of eth0. "
				+ "Set agent.appliance.address or agent.appliance.address-property to choose");
	}

	@Test
	void chooseWhenNamedOvfPropertyIsEmptyThenTheMachinesAddressAndAWarningNamingTheProperty() {
		Choice choice = ApplianceAddress.choose(Optional.empty(), Optional.of("vendor.ip0"), Optional.of(" "),
				() -> List.of(new Candidate("10.0.0.5", "eth0")));
		assertThat(choice.address()).isEqualTo("10.0.0.5");
		assertThat(choice.warning()).contains("the OVF property vendor.ip0 (agent.appliance.address-property) is "
				+ "missing or empty, so ${appliance.address} is 10.0.0.5 of eth0");
	}

	@Test
	void chooseWhenMachineHasNoAddressThenSaysWhatToSet() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ApplianceAddress.choose(Optional.empty(), Optional.empty(), Optional.empty(), List::of))
			.withMessageContaining("set agent.appliance.address or agent.appliance.address-property");
	}

	@Test
	void machineWhenListedThenNoLoopbackAndIpv4First() {
		List<Candidate> candidates = ApplianceAddress.machine();
		assertThat(candidates).noneMatch((c) -> c.address().equals("127.0.0.1") || c.address().equals("[::1]"));
		assertThat(candidates).isSortedAccordingTo((a, b) -> Integer.compare(a.family(), b.family()));
	}

}
