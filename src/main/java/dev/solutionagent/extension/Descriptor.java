package dev.solutionagent.extension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The vendor's descriptor: one Extension object, or a list of them, exactly as VMware
 * documents the Extension data object, with {@code ${...}} placeholders still in place.
 */
public final class Descriptor {

	/**
	 * The largest descriptor read: a real one is a few kilobytes, and the file is read
	 * whole into memory (twice: once for locations, once for the tree).
	 */
	public static final int MAX_BYTES = 1024 * 1024;

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final Path file;

	private final List<ObjectNode> extensions;

	private final boolean list;

	private final SourceMap sources;

	private Descriptor(Path file, List<ObjectNode> extensions, boolean list, SourceMap sources) {
		this.file = file;
		this.extensions = extensions;
		this.list = list;
		this.sources = sources;
	}

	/**
	 * Load a descriptor; a {@code .json} file is read as JSON, anything else as YAML.
	 * @param file the descriptor file
	 * @return the descriptor
	 * @throws DescriptorException when the file cannot be read, is larger than
	 * {@link #MAX_BYTES}, or is not one Extension object or a list of them
	 */
	public static Descriptor load(Path file) {
		byte[] content;
		try (InputStream in = Files.newInputStream(file)) {
			// Never more than the cap and one byte: a huge file is refused unread.
			content = in.readNBytes(MAX_BYTES + 1);
		}
		catch (NoSuchFileException ex) {
			throw new DescriptorException(file, "the file does not exist; pass --descriptor FILE (agent.descriptor)");
		}
		catch (IOException ex) {
			throw new DescriptorException(file, "the file cannot be read (" + ex.getMessage() + ")");
		}
		if (content.length > MAX_BYTES) {
			throw new DescriptorException(file,
					"the file is larger than the %d bytes (1 MiB) a descriptor may hold; ".formatted(MAX_BYTES)
							+ "is it the right file?");
		}
		try {
			return parse(file,
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(content))
						.toString());
		}
		catch (CharacterCodingException ex) {
			throw new DescriptorException(file,
					"the file cannot be read as UTF-8 text; save it as UTF-8 (" + ex.getMessage() + ")");
		}
	}

	/**
	 * Parse descriptor text; the file name only decides JSON or YAML and names the
	 * source.
	 * @param file the file the text stands for
	 * @param text the descriptor
	 * @return the descriptor
	 * @throws DescriptorException when the text is not one Extension object or a list
	 */
	public static Descriptor parse(Path file, String text) {
		boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
		SourceMap sources = SourceMap.scan(json ? JSON : YAML, file, text, json ? "JSON" : "YAML");
		JsonNode root;
		try {
			root = (json ? JSON : YAML).readTree(text);
		}
		catch (JacksonException ex) {
			throw new DescriptorException(file,
					"the file is not valid %s (%s)".formatted(json ? "JSON" : "YAML", ex.getOriginalMessage()));
		}
		if (root == null || root.isMissingNode() || root.isNull()) {
			throw new DescriptorException(file, "the file is empty; write an Extension object (key, version, ...)");
		}
		List<ObjectNode> extensions = new ArrayList<>();
		if (root instanceof ObjectNode object) {
			extensions.add(object);
		}
		else if (root.isArray() && !root.isEmpty()) {
			for (int i = 0; i < root.size(); i++) {
				if (!(root.get(i) instanceof ObjectNode object)) {
					throw new DescriptorException(file, sources.locate("$[" + i + "]"),
							"every element of the top-level list must be an Extension object");
				}
				extensions.add(object);
			}
		}
		else {
			throw new DescriptorException(file, sources.locate("$"),
					"the top level must be an Extension object or a non-empty list of them");
		}
		return new Descriptor(file, List.copyOf(extensions), root.isArray(), sources);
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Where a JSON path is in the file.
	 * @param path such as {@code $.client[0].url}
	 * @return its location, or that of its nearest ancestor in the file
	 */
	public Optional<Location> locate(String path) {
		return this.sources.locate(path);
	}

	/**
	 * A problem with its place in this file.
	 * @param problem the problem
	 * @return the problem, located by its JSON path
	 */
	public LocatedProblem locate(Problem problem) {
		return new LocatedProblem(this.file, locate(problem.path()), problem);
	}

	/**
	 * The number of Extension objects in the descriptor.
	 * @return at least one
	 */
	public int size() {
		return this.extensions.size();
	}

	/**
	 * A fresh copy of one Extension object, placeholders unresolved.
	 * @param index the position in the descriptor
	 * @return a copy the caller may change
	 */
	public ObjectNode extension(int index) {
		return this.extensions.get(index).deepCopy();
	}

	/**
	 * The JSON path prefix of one Extension object in this descriptor.
	 * @param index the position in the descriptor
	 * @return {@code $} for a single object, {@code $[index]} for a list
	 */
	public String pathOf(int index) {
		return this.list ? "$[" + index + "]" : "$";
	}

}
