package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.solutionagent.xml.SecureXml;
import dev.solutionagent.xml.XmlLimitException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses OVF environment documents (DSP8027) namespace-aware, by namespace URI, with
 * DOCTYPE, external entities and XInclude refused ({@link SecureXml}).
 */
public final class OvfEnvironmentParser {

	/** The OVF environment namespace, whatever prefix a document binds it to. */
	public static final String OVF_ENV_NS = "http://schemas.dmtf.org/ovf/environment/1";

	/** The default size cap: vSphere documents are a few kilobytes. */
	public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

	// The prolog: an XML declaration, then whitespace, comments and processing
	// instructions.
	private static final Pattern DOCTYPE_IN_PROLOG = Pattern
		.compile("(<\\?xml.*?\\?>)?(\\s|<!--.*?-->|<\\?.*?\\?>)*<!DOCTYPE", Pattern.DOTALL);

	private final int maxBytes;

	public OvfEnvironmentParser() {
		this(DEFAULT_MAX_BYTES);
	}

	public OvfEnvironmentParser(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	public int maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Parse a document.
	 * @param content the raw document bytes, UTF-8
	 * @param source where the bytes came from, for messages
	 * @return the environment
	 * @throws OvfEnvironmentException when the document is too large, UTF-16 or otherwise
	 * not UTF-8, not well-formed, declares a DOCTYPE, or is not an OVF environment
	 */
	public OvfEnvironment parse(byte[] content, String source) {
		if (content.length > this.maxBytes) {
			throw new OvfEnvironmentException(source,
					"is larger than the %d bytes allowed (agent.transport.max-bytes)".formatted(this.maxBytes));
		}
		Element root = parseXml(decode(content, source), source).getDocumentElement();
		if (!OVF_ENV_NS.equals(root.getNamespaceURI()) || !"Environment".equals(root.getLocalName())) {
			throw new OvfEnvironmentException(source,
					"is not an OVF environment: its root element is {%s}%s, not {%s}Environment"
						.formatted(root.getNamespaceURI(), root.getLocalName(), OVF_ENV_NS));
		}
		Map<String, String> properties = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		boolean hasPropertySection = false;
		for (Element section : children(root, "PropertySection")) {
			hasPropertySection = true;
			int index = 0;
			for (Element property : children(section, "Property")) {
				index++;
				readProperty(property, index, properties, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new OvfEnvironmentException(source, problems);
		}
		return new OvfEnvironment(source, hasPropertySection, properties);
	}

	private static void readProperty(Element property, int index, Map<String, String> properties,
			List<String> problems) {
		if (!property.hasAttributeNS(OVF_ENV_NS, "key")) {
			problems.add("Property #%d of the PropertySection has no oe:key attribute".formatted(index));
			return;
		}
		String key = property.getAttributeNS(OVF_ENV_NS, "key");
		if (!property.hasAttributeNS(OVF_ENV_NS, "value")) {
			problems.add("property '%s' has no oe:value attribute".formatted(key));
			return;
		}
		if (properties.putIfAbsent(key, property.getAttributeNS(OVF_ENV_NS, "value")) != null) {
			problems.add("property '%s' is declared more than once".formatted(key));
		}
	}

	// Also used by GuestInfoScrubber, which must find exactly the properties read here.
	static List<Element> children(Element parent, String localName) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && OVF_ENV_NS.equals(element.getNamespaceURI())
					&& localName.equals(element.getLocalName())) {
				result.add(element);
			}
		}
		return result;
	}

	private static String decode(byte[] content, String source) {
		Optional<String> utf16 = utf16(content);
		if (utf16.isPresent()) {
			String problem = "is UTF-16 (it starts with %s); vSphere writes the OVF environment in UTF-8: "
					+ "convert the file (iconv -f UTF-16 -t UTF-8) or capture it again";
			throw new OvfEnvironmentException(source, problem.formatted(utf16.get()));
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new OvfEnvironmentException(source, "is not valid UTF-8");
		}
	}

	// An editor's "Unicode" save: without this the user reads "not valid UTF-8" and
	// looks for a stray byte. XML 1.0 appendix F: a byte order mark, or '<' as two bytes.
	private static Optional<String> utf16(byte[] content) {
		if (content.length < 2) {
			return Optional.empty();
		}
		int first = content[0] & 0xFF;
		int second = content[1] & 0xFF;
		if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
			return Optional.of("the byte order mark %02X %02X".formatted(first, second));
		}
		if ((first == 0x00 && second == '<') || (first == '<' && second == 0x00)) {
			return Optional.of("'<' written as two bytes, %02X %02X".formatted(first, second));
		}
		return Optional.empty();
	}

	private static org.w3c.dom.Document parseXml(String text, String source) {
		if (DOCTYPE_IN_PROLOG.matcher(text).lookingAt()) {
			// Said in our words: the parser's own message is long, localised and names a
			// feature URI.
			throw new OvfEnvironmentException(source, "declares a DOCTYPE, which is refused: an OVF environment has "
					+ "none, and a DOCTYPE is how entity attacks (XXE, billion laughs) begin");
		}
		try {
			return SecureXml.parse(text);
		}
		catch (XmlLimitException ex) {
			throw new OvfEnvironmentException(source,
					ex.getMessage() + ", which no OVF environment does; it was not written by vSphere");
		}
		catch (SAXParseException ex) {
			throw new OvfEnvironmentException(source, "is not well-formed XML (line %d, column %d: %s)"
				.formatted(ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage()));
		}
		catch (SAXException | IOException ex) {
			throw new OvfEnvironmentException(source, "cannot be parsed (" + ex.getMessage() + ")");
		}
	}

}
