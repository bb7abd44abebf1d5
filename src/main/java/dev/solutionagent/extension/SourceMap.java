package dev.solutionagent.extension;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The line and column of every value of a descriptor, by JSON path, read in one pass of
 * the parser before the tree is built. The same pass refuses what the tree would hide:
 * YAML anchors and aliases (which Jackson reads as the anchor's name) and a second YAML
 * document.
 */
final class SourceMap {

	private final Map<String, Location> locations;

	private SourceMap(Map<String, Location> locations) {
		this.locations = locations;
	}

	static SourceMap empty() {
		return new SourceMap(Map.of());
	}

	/**
	 * Read the text once, token by token.
	 * @param mapper the JSON or YAML mapper, with the features the tree is read with
	 * @param file the file, for messages
	 * @param text the descriptor
	 * @param format {@code JSON} or {@code YAML}, for messages
	 * @return the locations
	 * @throws DescriptorException for a syntax error, an anchor or alias, or a second
	 * document, with its location
	 */
	static SourceMap scan(ObjectMapper mapper, Path file, String text, String format) {
		Map<String, Location> locations = new HashMap<>();
		Deque<Frame> open = new ArrayDeque<>();
		try (JsonParser parser = mapper.createParser(text)) {
			JsonToken token;
			boolean rootDone = false;
			while ((token = parser.nextToken()) != null) {
				Location at = location(parser.currentTokenLocation());
				if (rootDone) {
					throw new DescriptorException(file, at,
							"the file holds a second YAML document; write one Extension object or one list of them");
				}
				refuseAnchors(parser, file, at);
				if (token == JsonToken.PROPERTY_NAME) {
					open.peek().name = parser.currentName();
					continue;
				}
				if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					open.pop();
					rootDone = open.isEmpty();
					continue;
				}
				String path = (open.peek() == null) ? "$" : open.peek().next();
				locations.put(path, at);
				if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
					open.push(new Frame(path, token == JsonToken.START_ARRAY));
				}
				else {
					rootDone = open.isEmpty();
				}
			}
		}
		catch (JacksonException ex) {
			String message = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage().lines().findFirst().orElse("")
					: ex.getClass().getSimpleName();
			throw new DescriptorException(file, Optional.ofNullable(ex.getLocation()).map(SourceMap::location),
					"the file is not valid %s (%s)".formatted(format, message.strip()));
		}
		return new SourceMap(locations);
	}

	private static void refuseAnchors(JsonParser parser, Path file, Location at) {
		if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
			throw new DescriptorException(file, at,
					"YAML anchors and aliases (&name, *name) are not read in a descriptor; write the value out "
							+ "in full");
		}
	}

	private static Location location(TokenStreamLocation location) {
		return new Location(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
	}

	/**
	 * The location of a JSON path, or of its nearest ancestor that is in the file (a
	 * missing property is reported where its object is).
	 * @param path such as {@code $.server[0].serverThumbprint}
	 * @return the location, empty when not even the root is known
	 */
	Optional<Location> locate(String path) {
		String at = path;
		while (!at.isEmpty()) {
			Location location = this.locations.get(at);
			if (location != null) {
				return Optional.of(location);
			}
			int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
			at = (cut > 0) ? at.substring(0, cut) : "";
		}
		return Optional.empty();
	}

	private static final class Frame {

		private final String path;

		private final boolean array;

		private int index;

		private String name = "";

		Frame(String path, boolean array) {
			this.path = path;
			this.array = array;
		}

		String next() {
			return this.array ? this.path + "[" + this.index++ + "]" : this.path + "." + this.name;
		}

	}

}
