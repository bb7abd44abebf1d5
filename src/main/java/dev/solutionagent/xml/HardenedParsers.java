package dev.solutionagent.xml;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The JDK's own DOM and SAX parsers, whatever else is on the class path, hardened the
 * same way: namespace-aware, DOCTYPE, external entities and XInclude refused, errors
 * fatal, and the JDK's limits set.
 */
final class HardenedParsers {

	private static final Map<String, Boolean> FEATURES = Map.of(XMLConstants.FEATURE_SECURE_PROCESSING, true,
			"http://apache.org/xml/features/disallow-doctype-decl", true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

	private static final String JDK_LIMIT = "http://www.oracle.com/xml/jaxp/properties/";

	// The JDK's own limits, a second line behind ShapeLimits for anyone who uses
	// SecureXml.newDocumentBuilder directly. Entities cannot occur (no DOCTYPE), so
	// theirs are tight.
	private static final Map<String, String> JDK_LIMITS = Map.of("maxElementDepth", String.valueOf(SecureXml.MAX_DEPTH),
			"elementAttributeLimit", "1000", "maxXMLNameLimit", "1000", "entityExpansionLimit", "100",
			"totalEntitySizeLimit", "100000", "maxGeneralEntitySizeLimit", "10000", "maxParameterEntitySizeLimit",
			"10000", "entityReplacementLimit", "10000");

	private HardenedParsers() {
	}

	static DocumentBuilder documentBuilder() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		try {
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			JDK_LIMITS.forEach((name, value) -> factory.setAttribute(JDK_LIMIT + name, value));
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(FAIL_ON_ERROR);
			builder.setEntityResolver(HardenedParsers::refuseEntity);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser cannot be hardened: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A streaming reader that reports to a {@link ShapeLimits}.
	 * @param limits the content and lexical handler
	 * @return the reader
	 */
	static XMLReader shapeReader(ShapeLimits limits) throws SAXException {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		try {
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			SAXParser parser = factory.newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			for (Map.Entry<String, String> limit : JDK_LIMITS.entrySet()) {
				parser.setProperty(JDK_LIMIT + limit.getKey(), limit.getValue());
			}
			// One deeper than ShapeLimits, so that its message is the one reported (JDK
			// 24 and later apply a default of 100 of their own).
			parser.setProperty(JDK_LIMIT + "maxElementDepth", String.valueOf(SecureXml.MAX_DEPTH + 1));
			XMLReader reader = parser.getXMLReader();
			reader.setContentHandler(limits);
			reader.setProperty("http://xml.org/sax/properties/lexical-handler", limits);
			reader.setErrorHandler(FAIL_ON_ERROR);
			reader.setEntityResolver(HardenedParsers::refuseEntity);
			return reader;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser cannot be hardened: " + ex.getMessage(), ex);
		}
	}

	private static InputSource refuseEntity(String publicId, String systemId) throws SAXException {
		throw new SAXException("external entity " + systemId + " refused");
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
