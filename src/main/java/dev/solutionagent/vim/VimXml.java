package dev.solutionagent.vim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;

import dev.solutionagent.xml.SecureXml;
import dev.solutionagent.xml.XmlLimitException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The XML of the vim25 SOAP API: namespaces and a hardened namespace-aware parser with
 * helpers to walk what it read. Shared by the client and the simulator so both read XML
 * the same careful way; {@link SoapEnvelope} writes.
 */
public final class VimXml {

	/** The SOAP 1.1 envelope namespace. */
	public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

	/** The namespace of every vim25 method, data object and fault. */
	public static final String VIM25_NS = "urn:vim25";

	/** XML Schema instance, for {@code xsi:type} on faults. */
	public static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

	/** XML Schema, declared on envelopes as vCenter does. */
	public static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

	/**
	 * vCenter's answers to extension calls are kilobytes; anything far larger is wrong.
	 */
	public static final int MAX_BYTES = 4 * 1024 * 1024;

	private VimXml() {
	}

	/**
	 * Parse a SOAP document; DOCTYPE, external entities and XInclude are refused.
	 * @param content the document bytes
	 * @return the document
	 * @throws IllegalArgumentException when the bytes are not well-formed XML, declare a
	 * DOCTYPE, or are larger, deeper or hold more nodes than {@link SecureXml} accepts
	 */
	public static Document parse(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new IllegalArgumentException("is larger than " + MAX_BYTES + " bytes");
		}
		try {
			return SecureXml.parse(content);
		}
		catch (XmlLimitException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		catch (SAXException | IOException ex) {
			throw new IllegalArgumentException("is not well-formed XML (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * The first element inside the {@code Body} of a SOAP envelope.
	 * @param document the envelope
	 * @return the method, response or {@code Fault} element
	 * @throws IllegalArgumentException when the document is no SOAP envelope with a body
	 */
	public static Element bodyContent(Document document) {
		Element envelope = document.getDocumentElement();
		if (!SOAP_NS.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
			throw new IllegalArgumentException("is not a SOAP 1.1 envelope: the root element is {%s}%s"
				.formatted(envelope.getNamespaceURI(), envelope.getLocalName()));
		}
		Element body = elements(envelope).stream()
			.filter((e) -> SOAP_NS.equals(e.getNamespaceURI()) && "Body".equals(e.getLocalName()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("is a SOAP envelope without a Body"));
		return elements(body).stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("is a SOAP envelope with an empty Body"));
	}

	/**
	 * The child elements of an element, in document order, whatever their namespace.
	 * @param parent the element
	 * @return its child elements
	 */
	public static List<Element> elements(Element parent) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				result.add(element);
			}
		}
		return result;
	}

	/**
	 * The vim25 child elements with a local name.
	 * @param parent the element
	 * @param name the local name
	 * @return the children, in document order
	 */
	public static List<Element> children(Element parent, String name) {
		return elements(parent).stream()
			.filter((e) -> VIM25_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName()))
			.toList();
	}

	public static Optional<Element> child(Element parent, String name) {
		return children(parent, name).stream().findFirst();
	}

	/**
	 * The text of the first vim25 child with a local name.
	 * @param parent the element
	 * @param name the local name
	 * @return the text, empty when there is no such child
	 */
	public static Optional<String> text(Element parent, String name) {
		return child(parent, name).map(Element::getTextContent);
	}

}
