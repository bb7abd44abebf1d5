package dev.solutionagent.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.solutionagent.testsupport.ConnectionTrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@code src/test/resources/corpus}, indexed by {@code cases.yaml})
 * through the real CLI: every case ends with its exit code and a message that names the
 * file and what is wrong in it, prints none of the corpus's secrets, and fetches nothing.
 */
class BadInputCorpusTests {

	// The corpus's token and ExtensionManager password, as written and decoded, and a
	// line of /etc/passwd that an external entity or an XInclude would have read.
	private static final List<String> SECRETS = List.of("Y29ycHVzLXNlY3JldC10b2tlbi0wMDE=", "corpus-secret-token-001",
			"Y29ycHVzLXNlY3JldC1wYXNzd29yZA==", "corpus-secret-password", "root:x:0:0");

	static Stream<CorpusCase> cases() throws IOException {
		return CorpusCase.load().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void runWhenBadInputThenExitCodeAndAMessageNamingTheFileAndTheFault(CorpusCase corpusCase, @TempDir Path dir)
			throws IOException {
		try (ConnectionTrap trap = ConnectionTrap.open()) {
			Path file = corpusCase.materialize(dir, trap.port());
			CliRun run = CliRun.of(corpusCase.arguments(file));
			String output = run.out() + run.err();
			assertThat(run.exitCode()).as(output).isEqualTo(corpusCase.exit());
			assertThat(output).contains(file.toString());
			assertThat(output).contains(corpusCase.expect());
			assertThat(output).doesNotContain(SECRETS);
			assertThat(trap.connections()).as("connections to the entity's port").isZero();
		}
	}

	@Test
	void connectionsWhenSomethingConnectedThenCountedWithoutWaiting() throws IOException {
		try (ConnectionTrap trap = ConnectionTrap.open()) {
			new Socket(InetAddress.getLoopbackAddress(), trap.port()).close();
			assertThat(trap.connections()).isOne();
			assertThat(trap.connections()).isZero();
		}
	}

	@Test
	void indexWhenReadThenEveryCorpusFileHasExactlyOneCase() throws IOException {
		List<String> indexed = CorpusCase.load().stream().map(CorpusCase::name).toList();
		Set<String> files;
		try (Stream<Path> walk = Files.walk(CorpusCase.ROOT)) {
			files = walk.filter(Files::isRegularFile)
				.map((path) -> CorpusCase.ROOT.relativize(path).toString().replace('\\', '/'))
				.filter((name) -> name.startsWith("ovf-env/") || name.startsWith("descriptor/"))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		assertThat(indexed).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
		assertThat(indexed.stream().filter((name) -> !name.startsWith("generated/")))
			.containsExactlyInAnyOrderElementsOf(files);
	}

	@Test
	void testingPageBadInputTableListsEveryCaseAsTheIndexDoes() throws IOException {
		String testing = Files.readString(Path.of("docs/testing.md"));
		int start = testing.indexOf("\n## Bad input");
		assertThat(start).isNotNegative();
		int end = testing.indexOf("\n## ", start + 1);
		List<String> rows = testing.substring(start, (end < 0) ? testing.length() : end)
			.lines()
			.filter((line) -> line.startsWith("| `"))
			.toList();
		assertThat(rows).containsExactlyElementsOf(CorpusCase.load().stream().map(CorpusCase::documentedRow).toList());
	}

}
