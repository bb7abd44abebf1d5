package dev.solutionagent.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.testsupport.HostileXml;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One case of the bad-input corpus, as {@code corpus/cases.yaml} lists it.
 *
 * @param name the file under {@code corpus/}, or {@code generated/NAME} for a document
 * the test writes
 * @param run {@code show-env} or {@code validate}
 * @param environment for {@code validate}, an OVF environment under {@code corpus/} to
 * check the descriptor against
 * @param exit the expected exit code
 * @param expect fragments the output must hold
 * @param exercises what the case is about, for docs/testing.md
 */
record CorpusCase(String name, String run, Optional<String> environment, int exit, List<String> expect,
		String exercises) {

	static final Path ROOT = Path.of("src/test/resources/corpus");

	/** The size of the generated oversized document: ten times the default cap. */
	static final int TEN_MIB = 10 * 1024 * 1024;

	static List<CorpusCase> load() throws IOException {
		JsonNode index = YAMLMapper.builder().build().readTree(Files.readString(ROOT.resolve("cases.yaml")));
		List<CorpusCase> cases = new ArrayList<>();
		for (JsonNode entry : index) {
			List<String> expect = new ArrayList<>();
			entry.get("expect").forEach((fragment) -> expect.add(fragment.asString()));
			cases.add(new CorpusCase(entry.get("case").asString(), entry.get("run").asString(),
					Optional.ofNullable(entry.get("env")).map(JsonNode::asString), entry.get("exit").asInt(),
					List.copyOf(expect), entry.get("exercises").asString()));
		}
		return cases;
	}

	/**
	 * The file to run: the corpus file itself, or a copy with {@code {{port}}} filled in,
	 * or the generated document.
	 * @param dir where copies and generated documents go
	 * @param port the port to fill in
	 * @return the file
	 * @throws IOException when a file cannot be read or written
	 */
	Path materialize(Path dir, int port) throws IOException {
		Path target = dir.resolve(Path.of(this.name).getFileName());
		if (this.name.equals("generated/ten-mib.xml")) {
			return Files.write(target, tenMebibytes());
		}
		if (this.name.equals("generated/deep-20000.xml")) {
			return Files.writeString(target, HostileXml.deepened(valid(), HostileXml.DEEP));
		}
		if (this.name.equals("generated/wide-260000.xml")) {
			return Files.writeString(target,
					valid().replace("</Environment>", "<a/>".repeat(260_000) + "</Environment>"));
		}
		if (this.name.equals("generated/descriptor-200-mib.yaml")) {
			// Sparse: 200 MiB long, no disk used; the reader must stop after 1 MiB.
			try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
				file.setLength(200L * 1024 * 1024);
			}
			return target;
		}
		Path file = ROOT.resolve(this.name);
		byte[] content = Files.readAllBytes(file);
		// Byte for byte: the invalid UTF-8 and UTF-16 documents must survive the copy.
		String text = new String(content, StandardCharsets.ISO_8859_1);
		if (!text.contains("{{port}}")) {
			return file;
		}
		return Files.write(target,
				text.replace("{{port}}", Integer.toString(port)).getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String valid() throws IOException {
		return Files.readString(ROOT.resolve("valid/ovf-env.xml"));
	}

	String[] arguments(Path file) {
		List<String> arguments = new ArrayList<>(
				List.of(this.run, this.run.equals("show-env") ? "--ovf-env" : "--descriptor", file.toString()));
		this.environment.ifPresent((env) -> arguments.addAll(List.of("--ovf-env", ROOT.resolve(env).toString())));
		return arguments.toArray(String[]::new);
	}

	/**
	 * The row the "Bad input" table of docs/testing.md shows for this case.
	 * @return a Markdown table row
	 */
	String documentedRow() {
		String more = (this.expect.size() > 1) ? " (and %d more)".formatted(this.expect.size() - 1) : "";
		return "| `%s` | %s | %d | `%s`%s |".formatted(this.name, this.exercises, this.exit, this.expect.get(0), more);
	}

	// A valid document padded with a comment: only its size is wrong.
	private static byte[] tenMebibytes() {
		String head = "<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1'><!--";
		String tail = "--></Environment>";
		byte[] document = new byte[TEN_MIB];
		Arrays.fill(document, (byte) 'x');
		System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, document, 0, head.length());
		System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, document, TEN_MIB - tail.length(), tail.length());
		return document;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
