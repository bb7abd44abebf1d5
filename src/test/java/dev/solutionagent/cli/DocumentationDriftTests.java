package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.solutionagent.ExitStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README, docs/appliance.md, the systemd unit and CI say what the code does: the exit
 * codes, the troubleshooting rows, the commands, and the test command.
 */
class DocumentationDriftTests {

	private static final Path README = Path.of("README.md");

	private static final Path APPLIANCE = Path.of("docs/appliance.md");

	@Test
	void readmeExitCodeTableListsExactlyTheCodesOfExitStatus() throws IOException {
		String table = section(Files.readString(README), "## Exit codes");
		Set<Integer> documented = new TreeSet<>();
		Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| (.*) \\|$").matcher(table);
		while (row.find()) {
			documented.add(Integer.parseInt(row.group(1)));
			ExitStatus status = Arrays.stream(ExitStatus.values())
				.filter((s) -> s.code() == Integer.parseInt(row.group(1)))
				.findFirst()
				.orElseThrow();
			assertThat(row.group(2)).as("README's meaning of exit %d", status.code())
				.isEqualTo(ExitMeanings.markdown(status));
		}
		assertThat(documented).containsExactlyElementsOf(Arrays.stream(ExitStatus.values())
			.map(ExitStatus::code)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	@Test
	void applianceTroubleshootingTableHasOneRowPerFailureCode() throws IOException {
		String appliance = Files.readString(APPLIANCE);
		String table = appliance.substring(appliance.indexOf("### 6. Troubleshooting"), appliance.indexOf("### 7."));
		List<Integer> rows = new ArrayList<>();
		Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(table);
		while (row.find()) {
			rows.add(Integer.parseInt(row.group(1)));
		}
		assertThat(rows).containsExactlyElementsOf(Arrays.stream(ExitStatus.values())
			.filter((status) -> status != ExitStatus.OK)
			.map(ExitStatus::code)
			.sorted()
			.toList());
	}

	@Test
	void unitRestartsOnlyOnTheCodesThatAreNotFinal() throws IOException {
		String unit = Files.readString(Path.of("packer/files/solution-agent.service"));
		Matcher line = Pattern.compile("(?m)^RestartPreventExitStatus=(.*)$").matcher(unit);
		assertThat(line.find()).isTrue();
		Set<Integer> prevented = Arrays.stream(line.group(1).trim().split("\\s+"))
			.map(Integer::parseInt)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<Integer> finalCodes = Arrays.stream(ExitStatus.values())
			.filter((status) -> status != ExitStatus.OK && status != ExitStatus.INTERNAL_ERROR)
			.map(ExitStatus::code)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(prevented).isEqualTo(finalCodes);
	}

	@Test
	void readmeCommandTableNamesEveryCommand() throws IOException {
		String table = section(Files.readString(README), "## Commands");
		CliRun overview = CliRun.of("--help");
		Matcher command = Pattern.compile("(?m)^  (\\S+) ").matcher(overview.out());
		int count = 0;
		while (command.find()) {
			assertThat(table).contains("| `" + command.group(1) + "` |");
			count++;
		}
		assertThat(count).isGreaterThan(5);
	}

	@Test
	void ciRunsTheTestCommandReadmeGives() throws IOException {
		String readme = Files.readString(README);
		assertThat(readme).contains("```sh\nmvn -B verify\n```");
		assertThat(Files.readString(Path.of(".ci/run"))).containsPattern("(?m)^mvn -B verify$");
		assertThat(readme).contains("java -jar target/solution-agent.jar demo");
	}

	private static String section(String markdown, String heading) {
		int start = markdown.indexOf(heading);
		assertThat(start).as(heading).isNotNegative();
		int end = markdown.indexOf("\n## ", start + heading.length());
		return markdown.substring(start, (end < 0) ? markdown.length() : end);
	}

}
