package dev.solutionagent.simulator.vim;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.solutionagent.vim.MoRef;
import dev.solutionagent.vim.SoapEnvelope;
import dev.solutionagent.vim.VimXml;
import org.w3c.dom.Element;

/**
 * The simulator's ExtensionManager, stricter than it need be: besides the WSDL shape,
 * every registration must be a complete remote plug-in (key, version, description,
 * company, {@code client[0]} of type {@code vsphere-client-remote} with a url,
 * {@code server[0]} with url, serverThumbprint and type). A duplicate key answers
 * InvalidArgument on {@code extension.key}; an unknown key answers NotFound.
 * Synchronized: a DOM may not be read by two threads at once.
 */
final class SimulatedExtensionManager {

	private final Map<String, Element> extensions = new LinkedHashMap<>();

	synchronized SoapAnswer find(Element request) {
		Element found = this.extensions.get(text(request, "extensionKey"));
		return SoapAnswer.ok("FindExtension", (xml) -> {
			if (found != null) {
				SoapAnswer.copy(xml, found, "returnval");
			}
		});
	}

	/**
	 * RetrievePropertiesEx of the one property the simulator serves: the
	 * ExtensionManager's {@code extensionList}, as an {@code ArrayOfExtension}.
	 * @param request the request
	 * @return the RetrieveResult, or InvalidArgument for anything else asked
	 */
	synchronized SoapAnswer retrieve(Element request) {
		for (Element spec : VimXml.children(request, "specSet")) {
			for (Element property : VimXml.children(spec, "propSet")) {
				if (!text(property, "type").equals(VimRequests.EXTENSION_MANAGER.type())
						|| !VimXml.children(property, "pathSet")
							.stream()
							.allMatch((path) -> path.getTextContent().strip().equals("extensionList"))) {
					return SoapAnswer.invalidArgument("specSet.propSet");
				}
			}
			for (Element object : VimXml.children(spec, "objectSet")) {
				if (!MoRef.of(VimXml.child(object, "obj").orElseThrow()).equals(VimRequests.EXTENSION_MANAGER)) {
					return SoapAnswer.invalidArgument("specSet.objectSet.obj");
				}
			}
		}
		return SoapAnswer.ok("RetrievePropertiesEx", (xml) -> {
			xml.writeStartElement(VimXml.VIM25_NS, "returnval");
			xml.writeStartElement(VimXml.VIM25_NS, "objects");
			VimRequests.EXTENSION_MANAGER.write(xml, "obj");
			xml.writeStartElement(VimXml.VIM25_NS, "propSet");
			SoapEnvelope.textElement(xml, "name", "extensionList");
			xml.writeStartElement(VimXml.VIM25_NS, "val");
			xml.writeAttribute("xsi", VimXml.XSI_NS, "type", "ArrayOfExtension");
			for (Element extension : this.extensions.values()) {
				SoapAnswer.copy(xml, extension, "Extension");
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	synchronized SoapAnswer register(Element request) {
		Element extension = VimXml.child(request, "extension").orElseThrow();
		Optional<String> incomplete = incomplete(extension);
		if (incomplete.isPresent()) {
			return SoapAnswer.invalidArgument(incomplete.get());
		}
		String key = text(extension, "key");
		if (this.extensions.containsKey(key)) {
			return SoapAnswer.invalidArgument("extension.key");
		}
		this.extensions.put(key, extension);
		return SoapAnswer.empty("RegisterExtension");
	}

	synchronized SoapAnswer update(Element request) {
		Element extension = VimXml.child(request, "extension").orElseThrow();
		String key = text(extension, "key");
		if (!this.extensions.containsKey(key)) {
			return SoapAnswer.notFound();
		}
		Optional<String> incomplete = incomplete(extension);
		if (incomplete.isPresent()) {
			return SoapAnswer.invalidArgument(incomplete.get());
		}
		this.extensions.put(key, extension);
		return SoapAnswer.empty("UpdateExtension");
	}

	synchronized SoapAnswer unregister(Element request) {
		if (this.extensions.remove(text(request, "extensionKey")) == null) {
			return SoapAnswer.notFound();
		}
		return SoapAnswer.empty("UnregisterExtension");
	}

	synchronized Set<String> keys() {
		return Set.copyOf(this.extensions.keySet());
	}

	synchronized Optional<String> xml(String key) {
		Element extension = this.extensions.get(key);
		if (extension == null) {
			return Optional.empty();
		}
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.setDefaultNamespace(VimXml.VIM25_NS);
			SoapAnswer.copy(xml, extension, "extension");
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return Optional.of(text.toString());
	}

	// The property path of the first field a remote plug-in cannot do without.
	private static Optional<String> incomplete(Element extension) {
		for (String field : List.of("key", "version", "company")) {
			if (text(extension, field).isEmpty()) {
				return Optional.of("extension." + field);
			}
		}
		Optional<Element> client = VimXml.child(extension, "client");
		if (client.isEmpty() || !"vsphere-client-remote".equals(text(client.get(), "type"))) {
			return Optional.of("extension.client[0].type");
		}
		if (text(client.get(), "url").isEmpty()) {
			return Optional.of("extension.client[0].url");
		}
		Optional<Element> server = VimXml.child(extension, "server");
		if (server.isEmpty()) {
			return Optional.of("extension.server[0]");
		}
		for (String field : List.of("url", "serverThumbprint", "type")) {
			if (text(server.get(), field).isEmpty()) {
				return Optional.of("extension.server[0]." + field);
			}
		}
		return Optional.empty();
	}

	private static String text(Element parent, String name) {
		return VimXml.text(parent, name).map(String::strip).orElse("");
	}

}
