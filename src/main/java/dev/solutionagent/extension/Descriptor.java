package dev.solutionagent.extension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final Path file;

	private final List<ObjectNode> extensions;

	private final boolean list;

	private Descriptor(Path file, List<ObjectNode> extensions, boolean list) {
		this.file = file;
		this.extensions = extensions;
		this.list = list;
	}

	/**
	 * Load a descriptor; a {@code .json} file is read as JSON, anything else as YAML.
	 * @param file the descriptor file
	 * @return the descriptor
	 * @throws DescriptorException when the file cannot be read or is not one Extension
	 * object or a list of them
	 */
	public static Descriptor load(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (NoSuchFileException ex) {
			throw new DescriptorException(file, "the file does not exist; pass --descriptor FILE (agent.descriptor)");
		}
		catch (IOException ex) {
			throw new DescriptorException(file, "the file cannot be read as UTF-8 text (" + ex.getMessage() + ")");
		}
		return parse(file, text);
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
			for (JsonNode element : root) {
				if (!(element instanceof ObjectNode object)) {
					throw new DescriptorException(file,
							"every element of the top-level list must be an Extension object");
				}
				extensions.add(object);
			}
		}
		else {
			throw new DescriptorException(file,
					"the top level must be an Extension object or a non-empty list of them");
		}
		return new Descriptor(file, List.copyOf(extensions), root.isArray());
	}

	public Path file() {
		return this.file;
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
