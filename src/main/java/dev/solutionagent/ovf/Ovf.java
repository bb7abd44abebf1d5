package dev.solutionagent.ovf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.xml.SecureXml;
import dev.solutionagent.xml.XmlLimitException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import static dev.solutionagent.ovf.ProductSectionTemplate.OVF_NS;

/**
 * Small DOM helpers for OVF envelopes: everything by namespace URI, never by prefix.
 */
final class Ovf {

	private Ovf() {
	}

	static Document parse(byte[] content, String source) {
		try {
			return SecureXml.parse(content);
		}
		catch (XmlLimitException ex) {
			throw new OvfException(source, ex.getMessage() + ", which no OVF descriptor does");
		}
		catch (SAXParseException ex) {
			throw new OvfException(source, "is not well-formed XML (line %d, column %d: %s)"
				.formatted(ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage()));
		}
		catch (SAXException | IOException ex) {
			throw new OvfException(source, "cannot be parsed as XML (" + ex.getMessage() + ")");
		}
	}

	static boolean is(Node node, String localName) {
		return node instanceof Element && OVF_NS.equals(node.getNamespaceURI())
				&& localName.equals(node.getLocalName());
	}

	static List<Element> children(Element parent, String localName) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (is(node, localName)) {
				result.add((Element) node);
			}
		}
		return result;
	}

	static String key(Element property) {
		return property.getAttributeNS(OVF_NS, "key");
	}

	static void removeComments(Node parent) {
		Node child = parent.getFirstChild();
		while (child != null) {
			Node next = child.getNextSibling();
			if (child.getNodeType() == Node.COMMENT_NODE) {
				parent.removeChild(child);
			}
			else {
				removeComments(child);
			}
			child = next;
		}
	}

	/**
	 * Give an imported subtree the prefixes of the document it joins: elements take the
	 * Envelope's own prefix (often none), attributes the prefix bound to the OVF
	 * namespace there, else {@code ovf}.
	 * @param node the root of the subtree
	 * @param elementPrefix the prefix for OVF elements, or {@code null}
	 * @param attributePrefix the prefix for OVF attributes
	 * @return the subtree's root, renamed
	 */
	static Node adoptPrefixes(Node node, @Nullable String elementPrefix, String attributePrefix) {
		if (!(node instanceof Element element)) {
			return node;
		}
		Document document = element.getOwnerDocument();
		Node renamed = element;
		if (OVF_NS.equals(element.getNamespaceURI())) {
			renamed = document.renameNode(element, OVF_NS, qualified(elementPrefix, element.getLocalName()));
		}
		Element target = (Element) renamed;
		List<Node> attributes = new ArrayList<>();
		for (int i = 0; i < target.getAttributes().getLength(); i++) {
			attributes.add(target.getAttributes().item(i));
		}
		for (Node attribute : attributes) {
			if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
				// The joined document declares what it needs; the serializer adds the
				// rest.
				target.removeAttributeNode((Attr) attribute);
			}
			else if (OVF_NS.equals(attribute.getNamespaceURI())) {
				document.renameNode(attribute, OVF_NS, attributePrefix + ":" + attribute.getLocalName());
			}
		}
		Node child = target.getFirstChild();
		while (child != null) {
			child = adoptPrefixes(child, elementPrefix, attributePrefix).getNextSibling();
		}
		return target;
	}

	private static String qualified(@Nullable String prefix, String localName) {
		return (prefix == null || prefix.isEmpty()) ? localName : prefix + ":" + localName;
	}

}
