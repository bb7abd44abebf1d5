package dev.solutionagent.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Namespace-aware DOM parsing with DOCTYPE, external entities and XInclude refused, the
 * shape of a document bounded before a DOM of it is built, and serializing back to UTF-8.
 * OVF documents never need a DOCTYPE, and refusing it closes the door to every entity
 * attack. The JDK's own parser is used, whatever else is on the class path, so that its
 * limits hold.
 */
public final class SecureXml {

	/**
	 * The deepest nesting accepted. An OVF environment is 4 deep, vim25 answers and OVF
	 * descriptors about 12; the JDK's strict profile uses the same number.
	 */
	public static final int MAX_DEPTH = 100;

	/**
	 * The most elements, attributes, comments and processing instructions accepted: the
	 * largest real documents hold a few thousand, and a DOM of this many is about 11 MiB.
	 */
	public static final int MAX_NODES = 100_000;

	private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		.getBytes(StandardCharsets.UTF_8);

	private SecureXml() {
	}

	/**
	 * Parse a document whose shape is checked first: {@link #MAX_DEPTH} and
	 * {@link #MAX_NODES}.
	 * @param content the document bytes
	 * @return the document
	 * @throws XmlLimitException when the document is too deep or too large
	 * @throws SAXParseException when it is not well-formed or declares a DOCTYPE
	 * @throws SAXException or {@link IOException} when it cannot be read otherwise
	 */
	public static Document parse(byte[] content) throws SAXException, IOException {
		return parse(() -> new InputSource(new ByteArrayInputStream(content)));
	}

	/**
	 * Parse a document held as text, as {@link #parse(byte[])} does.
	 * @param text the document
	 * @return the document
	 * @throws XmlLimitException when the document is too deep or too large
	 * @throws SAXException or {@link IOException} when it cannot be read otherwise
	 */
	public static Document parse(String text) throws SAXException, IOException {
		return parse(() -> new InputSource(new StringReader(text)));
	}

	// Two passes: the first streams and counts, so that no DOM of a hostile document is
	// ever built; documents are kilobytes, so the second costs little.
	private static Document parse(Supplier<InputSource> source) throws SAXException, IOException {
		HardenedParsers.shapeReader(new ShapeLimits()).parse(source.get());
		return newDocumentBuilder().parse(source.get());
	}

	/**
	 * A new hardened, namespace-aware builder whose errors are fatal, with the JDK's
	 * depth limit at {@link #MAX_DEPTH}. Prefer {@link #parse(byte[])}, which bounds the
	 * number of nodes too.
	 * @return the builder
	 */
	public static DocumentBuilder newDocumentBuilder() {
		return HardenedParsers.documentBuilder();
	}

	/**
	 * Serialize a document as UTF-8 with an XML declaration.
	 * @param document the document
	 * @param indent whether to re-indent: whitespace-only text between elements is
	 * dropped first so that the result is the same however often it is run
	 * @return the bytes
	 */
	public static byte[] serialize(Document document, boolean indent) {
		if (indent) {
			removeIndentation(document.getDocumentElement());
		}
		try {
			TransformerFactory factory = TransformerFactory.newDefaultInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			// Written by hand: the JDK's own says standalone="no" and ends without a
			// line break.
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(DECLARATION);
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("XML cannot be serialized: " + ex.getMessage(), ex);
		}
	}

	private static void removeIndentation(Node parent) {
		List<Node> blanks = new ArrayList<>();
		boolean hasElements = false;
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.ELEMENT_NODE) {
				hasElements = true;
				removeIndentation(child);
			}
			else if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
				blanks.add(child);
			}
		}
		if (hasElements) {
			blanks.forEach(parent::removeChild);
		}
	}

}
