package dev.solutionagent.vim;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes SOAP 1.1 envelopes as vCenter reads and writes them: {@code soapenv},
 * {@code xsd} and {@code xsi} declared on the envelope, the body content in the default
 * namespace {@code urn:vim25}. StAX escapes every text and attribute value.
 */
public final class SoapEnvelope {

	private SoapEnvelope() {
	}

	/**
	 * Write a SOAP envelope whose body holds one element in the vim25 namespace.
	 * @param content writes the body content, starting with its own element
	 * @return the envelope
	 */
	public static String envelope(Content content) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setPrefix("soapenv", VimXml.SOAP_NS);
			xml.writeStartElement(VimXml.SOAP_NS, "Envelope");
			xml.writeNamespace("soapenv", VimXml.SOAP_NS);
			xml.writeNamespace("xsd", VimXml.XSD_NS);
			xml.writeNamespace("xsi", VimXml.XSI_NS);
			xml.writeStartElement(VimXml.SOAP_NS, "Body");
			xml.setDefaultNamespace(VimXml.VIM25_NS);
			content.write(xml);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("SOAP envelope cannot be written: " + ex.getMessage(), ex);
		}
		return text.toString();
	}

	/**
	 * Start a vim25 element that declares the vim25 namespace as the default, as the body
	 * content of every request and answer does.
	 * @param xml the writer
	 * @param name the local name
	 * @throws XMLStreamException when writing fails
	 */
	public static void startVimElement(XMLStreamWriter xml, String name) throws XMLStreamException {
		xml.writeStartElement(VimXml.VIM25_NS, name);
		xml.writeDefaultNamespace(VimXml.VIM25_NS);
	}

	/**
	 * Write {@code <name>text</name>} in the current default namespace.
	 * @param xml the writer
	 * @param name the local name
	 * @param text the text, escaped by the writer
	 * @throws XMLStreamException when writing fails
	 */
	public static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(VimXml.VIM25_NS, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/**
	 * Writes the content of a SOAP body.
	 */
	@FunctionalInterface
	public interface Content {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
