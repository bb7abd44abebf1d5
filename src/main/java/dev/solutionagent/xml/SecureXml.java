package dev.solutionagent.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Namespace-aware DOM parsing with DOCTYPE, external entities and XInclude refused, and
 * serializing back to UTF-8. OVF documents never need a DOCTYPE, and refusing it closes
 * the door to every entity attack.
 */
public final class SecureXml {

	private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		.getBytes(StandardCharsets.UTF_8);

	private SecureXml() {
	}

	/**
	 * A new hardened, namespace-aware builder whose errors are fatal.
	 * @return the builder
	 */
	public static DocumentBuilder newDocumentBuilder() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		try {
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(FAIL_ON_ERROR);
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity " + systemId + " refused");
			});
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser cannot be hardened: " + ex.getMessage(), ex);
		}
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
			TransformerFactory factory = TransformerFactory.newInstance();
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

	private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}

	};

}
