package dev.solutionagent.xml;

import org.xml.sax.SAXException;

/**
 * A document nested deeper or holding more nodes than {@link SecureXml} accepts. The
 * message says which limit and where, in a form that follows the document's name: "is
 * nested deeper than 100 elements (line 1, column 317)".
 */
public final class XmlLimitException extends SAXException {

	XmlLimitException(String message) {
		super(message);
	}

}
