package dev.solutionagent.environment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.solutionagent.environment.SolutionInstallContext.ENDPOINT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_COUNT;
import static dev.solutionagent.environment.SolutionInstallContext.targetKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Values no vCenter writes: each is refused with its key and what was expected, and none
 * crashes the reader or makes it walk a corrupt count.
 */
class SolutionInstallContextMalformedTests {

	private static final String PIN = "0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0:0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0";

	private static final String GUID = "0c3b7a52-94e0-4c0b-8f0a-1f6d2b9e7c11";

	@Test
	void fromWhenGuidIsNoUuidThenNamesTheKeyAndTheExpectedForm() {
		Map<String, String> properties = required();
		properties.put(TARGET_COUNT, "3");
		String[] guids = { "guid-a", "{" + GUID + "}", GUID.replace("-", "") };
		for (int i = 0; i < guids.length; i++) {
			properties.put(targetKey(i, "hostname"), "vc" + i);
			properties.put(targetKey(i, "guid"), guids[i]);
			properties.put(targetKey(i, "thumbprint"), PIN);
		}
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(3)
				.allMatch(
						(problem) -> problem.contains("; expected the vCenter's instance UUID, 8-4-4-4-12 hex digits"))
				.first()
				.isEqualTo("solutionInstall.targetVcenterServers.0.guid is 'guid-a'; expected the vCenter's instance "
						+ "UUID, 8-4-4-4-12 hex digits such as 0c3b7a52-94e0-4c0b-8f0a-1f6d2b9e7c11, as vCenter writes it"));
	}

	@Test
	void fromWhenCountIsHugeThenRefusedWithoutWalkingTheIndexes() {
		Map<String, String> properties = required();
		properties.put(TARGET_COUNT, "2147483647");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"solutionInstall.targetVcenterServers.count is '2147483647'; expected a whole number from 0 to 64, "
							+ "the number of target vCenters"));
	}

	@Test
	void fromWhenIndexHasTenDigitsThenItIsNoTargetSlot() {
		Map<String, String> properties = required();
		properties.put(SolutionInstallContext.TARGET_PREFIX + "99999999999.guid", GUID);
		assertThat(SolutionInstallContext.from(new OvfEnvironment("test", true, properties)).targets()).isEmpty();
	}

	@Test
	void fromWhenEndpointIsARelativePathWithSchemeSeparatorThenRefusedNotCrashed() {
		Map<String, String> properties = required();
		properties.put(ENDPOINT, "/x://vc/api/ui/solutioninstall");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.withMessageContaining("solutionInstall.postDeployData.endpoint is '/x://vc/api/ui/solutioninstall': "
					+ "expected https://HOST/api/ui/solutioninstall");
	}

	private static Map<String, String> required() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(SolutionInstallContext.TOKEN, "dG9rZW4=");
		properties.put(ENDPOINT, "vc.example.com/api/ui/solutioninstall");
		properties.put(SolutionInstallContext.THUMBPRINT, PIN);
		return properties;
	}

}
