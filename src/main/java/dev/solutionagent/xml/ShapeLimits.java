package dev.solutionagent.xml;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Counts, while a document streams past, how deep its elements nest and how many nodes a
 * DOM of it would hold, and stops at the first that is too many: a tree 20,000 deep
 * overflows the stack of any recursive walk (the JDK's own serializer and
 * {@code getTextContent} among them), and 4 MiB of {@code <a/>} is a million nodes, about
 * 110 MiB of DOM.
 */
final class ShapeLimits extends DefaultHandler2 {

	private @Nullable Locator locator;

	private int depth;

	private int nodes;

	@Override
	public void setDocumentLocator(Locator locator) {
		this.locator = locator;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes)
			throws XmlLimitException {
		this.depth++;
		if (this.depth > SecureXml.MAX_DEPTH) {
			throw limit("is nested deeper than %d elements".formatted(SecureXml.MAX_DEPTH));
		}
		count(1 + attributes.getLength());
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		this.depth--;
	}

	@Override
	public void processingInstruction(String target, String data) throws XmlLimitException {
		count(1);
	}

	@Override
	public void comment(char[] ch, int start, int length) throws XmlLimitException {
		count(1);
	}

	private void count(int more) throws XmlLimitException {
		this.nodes += more;
		if (this.nodes > SecureXml.MAX_NODES) {
			throw limit("holds more than %d elements, attributes, comments and processing instructions"
				.formatted(SecureXml.MAX_NODES));
		}
	}

	private XmlLimitException limit(String what) {
		return new XmlLimitException((this.locator != null) ? "%s (line %d, column %d)".formatted(what,
				this.locator.getLineNumber(), this.locator.getColumnNumber()) : what);
	}

}
