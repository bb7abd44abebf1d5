package dev.solutionagent.extension;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading a descriptor: the size cap, where each value is, and the YAML that would be
 * read as something else than written.
 */
class DescriptorTests {

	private static final Path YAML = Path.of("extension.yaml");

	@Test
	@Timeout(10)
	void loadWhenFileIsHugeThenRefusedUnreadNamingTheFileAndTheCap(@TempDir Path dir) throws Exception {
		Path huge = dir.resolve("huge.yaml");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(200L * 1024 * 1024);
		}
		assertThatExceptionOfType(DescriptorException.class).isThrownBy(() -> Descriptor.load(huge))
			.withMessageContaining(huge + ": error: the file is larger than the 1048576 bytes (1 MiB) a descriptor");
	}

	@Test
	void locateWhenPathIsInTheFileThenItsValuesLineAndColumn() {
		Descriptor descriptor = Descriptor.parse(YAML, """
				key: com.example.plugin
				client:
				  - type: vsphere-client-remote
				    url: http://example.com/plugin.json
				""");
		assertThat(descriptor.locate("$.key")).contains(new Location(1, 6));
		assertThat(descriptor.locate("$.client[0].url")).contains(new Location(4, 10));
		assertThat(descriptor.locate("$.client[0].version")).as("missing: where its object is")
			.contains(new Location(3, 5));
		assertThat(descriptor.locate(Problem.error("$.key", "is wrong")).line())
			.isEqualTo("extension.yaml:1:6: error: $.key: is wrong");
	}

	@Test
	void locateWhenJsonListThenElementPaths() {
		Descriptor descriptor = Descriptor.parse(Path.of("extensions.json"),
				"[{\"key\": \"a\"},\n {\"key\": \"b\", \"version\": 1}]");
		assertThat(descriptor.locate("$[1].version")).contains(new Location(2, 26));
		assertThat(descriptor.locate("$[0].key")).contains(new Location(1, 10));
	}

	@Test
	void parseWhenYamlSyntaxErrorThenOneLineWithItsLocation() {
		assertThatExceptionOfType(DescriptorException.class)
			.isThrownBy(() -> Descriptor.parse(YAML, "key: a\n  version: 1\n"))
			.satisfies((ex) -> assertThat(ex.located()).singleElement()
				.satisfies((problem) -> assertThat(problem.line())
					.startsWith("extension.yaml:2:10: error: the file is not valid YAML (mapping values are not "
							+ "allowed here")
					.doesNotContain("\n")));
	}

	@Test
	void parseWhenAliasThenRefusedWithItsLocationInsteadOfReadAsTheAnchorsName() {
		assertThatExceptionOfType(DescriptorException.class)
			.isThrownBy(() -> Descriptor.parse(YAML, "key: &k com.example.plugin\ncompany: *k\n"))
			.withMessageContaining("extension.yaml:2:10: error: YAML anchors and aliases");
	}

	@Test
	@Timeout(5)
	void parseWhenBillionLaughsThenRefusedAtTheFirstAnchorWithoutExpanding() {
		StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
		for (char name = 'b'; name <= 'z'; name++) {
			char previous = (char) (name - 1);
			yaml.append(name).append(": &").append(name).append(" [");
			yaml.append(("*" + previous + ", ").repeat(9)).append("]\n");
		}
		assertThatExceptionOfType(DescriptorException.class).isThrownBy(() -> Descriptor.parse(YAML, yaml.toString()))
			.withMessageContaining("extension.yaml:1:4: error: YAML anchors and aliases");
	}

	@Test
	void parseWhenControlCharactersInValuesThenProblemLinesEscapeThem() {
		Descriptor descriptor = Descriptor.parse(YAML, "key: \"com.example\\u001b[31m\"\n");
		assertThat(descriptor.locate(Problem.error("$.key", "'com.example\u001b[31m' is wrong")).line())
			.isEqualTo("extension.yaml:1:6: error: $.key: 'com.example\\u001B[31m' is wrong");
	}

}
