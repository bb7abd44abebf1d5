package dev.solutionagent.environment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExtensionManagerContextTests {

	private static final String PIN = "AB:".repeat(31) + "AB";

	@Test
	void appliesOnlyWithoutATokenAndWithTheGroupFilled() {
		assertThat(ExtensionManagerContext.applies(environment(Map.of(ExtensionManagerContext.URL, "vc")))).isTrue();
		assertThat(ExtensionManagerContext.applies(
				environment(Map.of(SolutionInstallContext.TOKEN, "", ExtensionManagerContext.URL, "https://vc/sdk"))))
			.isTrue();
		assertThat(ExtensionManagerContext.applies(environment(
				Map.of(SolutionInstallContext.TOKEN, "dG9rZW4=", ExtensionManagerContext.URL, "https://vc/sdk"))))
			.isFalse();
		assertThat(ExtensionManagerContext
			.applies(environment(Map.of(ExtensionManagerContext.URL, "", ExtensionManagerContext.PASSWORD, ""))))
			.isFalse();
	}

	@Test
	void fromWhenCompleteThenValuesAndPasswordRedacted() {
		ExtensionManagerContext context = ExtensionManagerContext
			.from(environment(Map.of(ExtensionManagerContext.URL, "https://vc/sdk", ExtensionManagerContext.THUMBPRINT,
					PIN.toLowerCase(), ExtensionManagerContext.USERNAME, "administrator@vsphere.local",
					ExtensionManagerContext.PASSWORD, "s3cret")));
		assertThat(context.pin()).hasToString(PIN);
		assertThat(context.password().reveal()).isEqualTo("s3cret");
		assertThat(context.toString()).doesNotContain("s3cret");
		assertThat(SecretKey.isRedacted(ExtensionManagerContext.PASSWORD)).isTrue();
	}

	@Test
	void fromWhenIncompleteThenEveryProblemAtOnce() {
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> ExtensionManagerContext.from(environment(
					Map.of(ExtensionManagerContext.URL, "https://vc/sdk", ExtensionManagerContext.THUMBPRINT, "xyz"))))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(4))
			.withMessageContaining("solutionAgent.vcenter.thumbprint 'xyz' is not hexadecimal")
			.withMessageContaining("solutionAgent.vcenter.username is missing")
			.withMessageContaining("solutionAgent.vcenter.password is missing");
	}

	private static OvfEnvironment environment(Map<String, String> properties) {
		return new OvfEnvironment("test", true, new LinkedHashMap<>(properties));
	}

}
