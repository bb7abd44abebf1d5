package dev.solutionagent.vim;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.JsonNode;

/**
 * Writes an Extension data object as vim25 XML. vCenter's deserializer reads each data
 * object as an {@code xsd:sequence}, so every element is written in the order of the
 * vim25 WSDL, whatever order the vendor's descriptor used; an element out of order is a
 * fault, not a reordering. Orders follow the vim25 WSDL (7.0 U3 reference):
 * <ul>
 * <li>Extension: description, key, company, type, version, subjectName, server*, client*,
 * taskList*, eventList*, faultList*, privilegeList*, resourceList*, lastHeartbeatTime,
 * healthInfo, (ovfConsumerInfo, extendedProductInfo, managedEntityInfo: never written),
 * shownInSolutionManager, (solutionManagerInfo: never written)</li>
 * <li>ExtensionServerInfo: url, description, company, type, adminEmail+,
 * serverThumbprint</li>
 * <li>ExtensionClientInfo: version, description, company, type, url</li>
 * <li>Description: label, summary; ExtensionResourceInfo: locale, module, data+
 * (KeyValue: key, value); ExtensionPrivilegeInfo: privID, privGroupName;
 * ExtensionEventTypeInfo: eventID, eventTypeSchema</li>
 * </ul>
 */
public final class ExtensionXml {

	private ExtensionXml() {
	}

	/**
	 * Write an Extension element.
	 * @param xml the writer, inside an element whose default namespace is vim25
	 * @param name the element name, {@code extension} in RegisterExtension and
	 * UpdateExtension
	 * @param extension a record prepared by {@link SoapExtension}
	 * @throws XMLStreamException when writing fails
	 */
	public static void write(XMLStreamWriter xml, String name, JsonNode extension) throws XMLStreamException {
		xml.writeStartElement(VimXml.VIM25_NS, name);
		description(xml, extension.get("description"));
		text(xml, extension, "key");
		text(xml, extension, "company");
		text(xml, extension, "type");
		text(xml, extension, "version");
		text(xml, extension, "subjectName");
		for (JsonNode server : extension.path("server")) {
			xml.writeStartElement(VimXml.VIM25_NS, "server");
			text(xml, server, "url");
			description(xml, server.get("description"));
			text(xml, server, "company");
			text(xml, server, "type");
			for (JsonNode email : server.path("adminEmail")) {
				SoapEnvelope.textElement(xml, "adminEmail", email.asString());
			}
			text(xml, server, "serverThumbprint");
			xml.writeEndElement();
		}
		for (JsonNode client : extension.path("client")) {
			xml.writeStartElement(VimXml.VIM25_NS, "client");
			text(xml, client, "version");
			description(xml, client.get("description"));
			text(xml, client, "company");
			text(xml, client, "type");
			text(xml, client, "url");
			xml.writeEndElement();
		}
		list(xml, extension, "taskList", "taskID");
		list(xml, extension, "eventList", "eventID", "eventTypeSchema");
		list(xml, extension, "faultList", "faultID");
		list(xml, extension, "privilegeList", "privID", "privGroupName");
		for (JsonNode resource : extension.path("resourceList")) {
			xml.writeStartElement(VimXml.VIM25_NS, "resourceList");
			text(xml, resource, "locale");
			text(xml, resource, "module");
			list(xml, resource, "data", "key", "value");
			xml.writeEndElement();
		}
		text(xml, extension, "lastHeartbeatTime");
		if (extension.has("healthInfo")) {
			xml.writeStartElement(VimXml.VIM25_NS, "healthInfo");
			text(xml, extension.get("healthInfo"), "url");
			xml.writeEndElement();
		}
		if (extension.path("shownInSolutionManager").isBoolean()) {
			SoapEnvelope.textElement(xml, "shownInSolutionManager",
					String.valueOf(extension.get("shownInSolutionManager").booleanValue()));
		}
		xml.writeEndElement();
	}

	private static void description(XMLStreamWriter xml, JsonNode description) throws XMLStreamException {
		if (description == null || !description.isObject()) {
			return;
		}
		xml.writeStartElement(VimXml.VIM25_NS, "description");
		SoapEnvelope.textElement(xml, "label", description.path("label").asString());
		SoapEnvelope.textElement(xml, "summary", description.path("summary").asString());
		xml.writeEndElement();
	}

	// One element per entry, its fields in the order given.
	private static void list(XMLStreamWriter xml, JsonNode parent, String name, String... fields)
			throws XMLStreamException {
		for (JsonNode entry : parent.path(name)) {
			xml.writeStartElement(VimXml.VIM25_NS, name);
			for (String field : fields) {
				text(xml, entry, field);
			}
			xml.writeEndElement();
		}
	}

	private static void text(XMLStreamWriter xml, JsonNode parent, String field) throws XMLStreamException {
		JsonNode value = parent.get(field);
		if (value != null && !value.isNull() && !value.isContainer()) {
			SoapEnvelope.textElement(xml, field, value.asString());
		}
	}

}
