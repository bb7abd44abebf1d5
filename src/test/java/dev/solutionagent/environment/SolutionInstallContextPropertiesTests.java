package dev.solutionagent.environment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.solutionagent.testsupport.Generated;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static dev.solutionagent.environment.SolutionInstallContext.ENDPOINT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_COUNT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_FIELDS;
import static dev.solutionagent.environment.SolutionInstallContext.THUMBPRINT;
import static dev.solutionagent.environment.SolutionInstallContext.TOKEN;
import static dev.solutionagent.environment.SolutionInstallContext.targetKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Properties of {@link SolutionInstallContext#from} on generated property maps, one seed
 * per repetition: a valid context, or an {@link OvfEnvironmentException} whose every
 * problem names a key and none quotes the token; never another exception, never a hang.
 */
class SolutionInstallContextPropertiesTests {

	private static final String PIN = "4A:1F:9C:33:0E:B2:57:D8:61:AA:0C:93:E4:5B:7F:12:88:3D:C0:6E:9A:21:F4:57:B3:0D:CE:72:18:95:6A:E1";

	private static final List<String> ODD_VALUES = List.of("", " ", "-1", "0", "64", "65", "2147483647", "99999999999",
			"two", "+1", "http://vc/api/ui/solutioninstall", "ftp://vc/x", "https://", "/x://vc",
			"vc.example.com/api/ui/solutioninstall", "[::1", "guid-a", UUID.randomUUID().toString().toUpperCase(),
			"AB:CD", PIN.replace(':', '.'), PIN + ":00", "8.0.3", "\u0000", "\uFF21");

	private static final List<String> ODD_INDEXES = List.of("0", "1", "63", "64", "999999999", "99999999999", "01",
			"-1", "");

	@RepeatedTest(value = 300, name = "seed {currentRepetition}")
	void fromWhenGeneratedPropertiesThenAContextOrProblemsThatNameTheirKeys(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		String token = "token-" + Long.toHexString(random.nextLong());
		Map<String, String> properties = valid(random, token);
		for (int edits = random.nextInt(5); edits > 0; edits--) {
			edit(random, properties);
		}
		OvfEnvironment environment = new OvfEnvironment("generated", random.nextInt(8) > 0, properties);
		OvfEnvironmentException refused = catchThrowableOfType(OvfEnvironmentException.class,
				() -> assertTimeoutPreemptively(OvfEnvironmentParserPropertiesTests.LIMIT,
						() -> SolutionInstallContext.from(environment)));
		if (refused != null) {
			assertThat(refused.problems()).isNotEmpty()
				.allSatisfy((problem) -> assertThat(problem).containsAnyOf("solutionInstall.", "PropertySection")
					.doesNotContain(token));
			return;
		}
		SolutionInstallContext context = SolutionInstallContext.from(environment);
		assertThat(context.endpoint().getScheme()).isIn("https", "HTTPS", "Https");
		assertThat(context.endpoint().getHost()).isNotEmpty();
		assertThat(context.targets()).hasSizeLessThanOrEqualTo(SolutionInstallContext.MAX_TARGETS)
			.allSatisfy((target) -> assertThat(target.guid())
				.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}"));
	}

	private static Map<String, String> valid(Random random, String token) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(TOKEN, token);
		properties.put(ENDPOINT, (random.nextBoolean() ? "https://" : "") + "vc.example.com/api/ui/solutioninstall");
		properties.put(THUMBPRINT, PIN);
		int count = random.nextInt(4);
		properties.put(TARGET_COUNT, Integer.toString(count));
		for (int i = 0; i < count; i++) {
			properties.put(targetKey(i, "hostname"), "vc" + i + ".example.com");
			properties.put(targetKey(i, "guid"), new UUID(random.nextLong(), random.nextLong()).toString());
			properties.put(targetKey(i, "thumbprint"), PIN);
			properties.put(targetKey(i, "version"), "8.0." + random.nextInt(4));
		}
		return properties;
	}

	// Remove a key, or give a known or a made-up key an odd or a random value.
	private static void edit(Random random, Map<String, String> properties) {
		String key = switch (random.nextInt(4)) {
			case 0 -> Generated.oneOf(random, List.copyOf(properties.keySet()));
			case 1 -> Generated.oneOf(random, List.of(TOKEN, ENDPOINT, THUMBPRINT, TARGET_COUNT));
			case 2 -> SolutionInstallContext.TARGET_PREFIX + Generated.oneOf(random, ODD_INDEXES) + "."
					+ Generated.oneOf(random, TARGET_FIELDS);
			default -> Generated.text(random, 40);
		};
		if (random.nextInt(4) == 0) {
			properties.remove(key);
		}
		else {
			properties.put(key,
					random.nextBoolean() ? Generated.oneOf(random, ODD_VALUES) : Generated.text(random, 60));
		}
	}

}
