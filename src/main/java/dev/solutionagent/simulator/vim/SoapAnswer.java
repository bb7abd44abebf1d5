package dev.solutionagent.simulator.vim;

import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.solutionagent.vim.MoRef;
import dev.solutionagent.vim.SoapEnvelope;
import dev.solutionagent.vim.VimXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * One answer of the simulator, shaped as vCenter shapes it: HTTP 200 with
 * {@code <MethodResponse xmlns="urn:vim25">}, or HTTP 500 with a {@code soapenv:Fault}
 * whose detail is {@code <TypeFault xmlns="urn:vim25" xsi:type="Type">}.
 *
 * @param status the HTTP status
 * @param body the envelope
 * @param setCookie a {@code Set-Cookie} header value
 */
record SoapAnswer(int status, String body, Optional<String> setCookie) {

	static SoapAnswer ok(String method, SoapEnvelope.Content returnval) {
		return new SoapAnswer(200, SoapEnvelope.envelope((xml) -> {
			SoapEnvelope.startVimElement(xml, method + "Response");
			returnval.write(xml);
			xml.writeEndElement();
		}), Optional.empty());
	}

	static SoapAnswer empty(String method) {
		return ok(method, (xml) -> {
		});
	}

	SoapAnswer withCookie(String cookie) {
		return new SoapAnswer(this.status, this.body, Optional.of(cookie));
	}

	static SoapAnswer fault(String type, String message, SoapEnvelope.Content properties) {
		return new SoapAnswer(500, SoapEnvelope.envelope((xml) -> {
			xml.writeStartElement(VimXml.SOAP_NS, "Fault");
			xml.writeStartElement("faultcode");
			xml.writeCharacters("ServerFaultCode");
			xml.writeEndElement();
			xml.writeStartElement("faultstring");
			xml.writeCharacters(message);
			xml.writeEndElement();
			xml.writeStartElement("detail");
			SoapEnvelope.startVimElement(xml, type + "Fault");
			xml.writeAttribute("xsi", VimXml.XSI_NS, "type", type);
			properties.write(xml);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		}), Optional.empty());
	}

	static SoapAnswer invalidRequest(String message) {
		return fault("InvalidRequest", message, (xml) -> {
		});
	}

	static SoapAnswer invalidArgument(String property) {
		return fault("InvalidArgument", "A specified parameter was not correct: " + property,
				(xml) -> SoapEnvelope.textElement(xml, "invalidProperty", property));
	}

	static SoapAnswer notFound() {
		return fault("NotFound", "The object or item referred to could not be found.", (xml) -> {
		});
	}

	static SoapAnswer invalidLogin() {
		return fault("InvalidLogin", "Cannot complete login due to an incorrect user name or password.", (xml) -> {
		});
	}

	static SoapAnswer notAuthenticated(MoRef object) {
		return fault("NotAuthenticated", "The session is not authenticated.", (xml) -> {
			object.write(xml, "object");
			SoapEnvelope.textElement(xml, "privilegeId", "System.View");
		});
	}

	static SoapAnswer managedObjectNotFound(MoRef object) {
		return fault("ManagedObjectNotFound",
				"The object '%s' has already been deleted or has not been completely created".formatted(object),
				(xml) -> object.write(xml, "obj"));
	}

	/**
	 * Write a stored element under another name, as FindExtension returns the extension
	 * RegisterExtension received as its {@code returnval}.
	 * @param xml the writer
	 * @param element the element to copy
	 * @param name the name to write it under
	 * @throws XMLStreamException when writing fails
	 */
	static void copy(XMLStreamWriter xml, Element element, String name) throws XMLStreamException {
		xml.writeStartElement(VimXml.VIM25_NS, name);
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				copy(xml, child, child.getLocalName());
			}
			else if (node instanceof Text text) {
				xml.writeCharacters(text.getData());
			}
		}
		xml.writeEndElement();
	}

}
