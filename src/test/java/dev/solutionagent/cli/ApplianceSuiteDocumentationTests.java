package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VM suite that boots the appliance (packer/test) is what CI runs, README gives its
 * command, and docs/appliance.md describes each of its scenarios.
 */
class ApplianceSuiteDocumentationTests {

	private static final String COMMAND = "bash packer/test/run.sh";

	@Test
	void ciRunsTheApplianceSuiteReadmeGives() throws IOException {
		assertThat(Files.readString(Path.of("README.md"))).contains("```sh\n" + COMMAND + "\n```");
		assertThat(Files.readString(Path.of(".ci/run"))).containsPattern("(?m)^" + Pattern.quote(COMMAND) + "$");
	}

	@Test
	void docsDescribeEveryScenarioOfTheSuite() throws IOException {
		Matcher list = Pattern.compile("(?m)^scenarios=\\(([^)]*)\\)$")
			.matcher(Files.readString(Path.of("packer/test/run.sh")));
		assertThat(list.find()).isTrue();
		List<String> scenarios = Arrays.stream(list.group(1).trim().split("\\s+"))
			.map((name) -> name.replace('_', '-'))
			.toList();
		assertThat(scenarios).hasSizeGreaterThanOrEqualTo(6);
		String docs = Files.readString(Path.of("docs/appliance.md"));
		for (String scenario : scenarios) {
			assertThat(docs).as(scenario).contains("| `" + scenario + "` |");
		}
	}

}
