package dev.solutionagent.simulator.vim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.solutionagent.vim.MoRef;
import dev.solutionagent.vim.SoapEnvelope;
import dev.solutionagent.vim.VimXml;

/**
 * The data objects the simulator answers with besides extensions: the ServiceContent of
 * RetrieveServiceContent and the UserSession of Login, each a subset of vCenter's in WSDL
 * order.
 */
final class ServiceContent {

	private ServiceContent() {
	}

	static void write(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement(VimXml.VIM25_NS, "returnval");
		new MoRef("Folder", "group-d1").write(xml, "rootFolder");
		VimRequests.PROPERTY_COLLECTOR.write(xml, "propertyCollector");
		xml.writeStartElement(VimXml.VIM25_NS, "about");
		SoapEnvelope.textElement(xml, "name", "VMware vCenter Server");
		SoapEnvelope.textElement(xml, "fullName",
				"VMware vCenter Server 8.0.3 build-0 (solution-agent vim25 simulator)");
		SoapEnvelope.textElement(xml, "vendor", "VMware, Inc.");
		SoapEnvelope.textElement(xml, "version", "8.0.3");
		SoapEnvelope.textElement(xml, "build", "0");
		SoapEnvelope.textElement(xml, "osType", "linux-x64");
		SoapEnvelope.textElement(xml, "productLineId", "vpx");
		SoapEnvelope.textElement(xml, "apiType", "VirtualCenter");
		SoapEnvelope.textElement(xml, "apiVersion", VimRequests.API_VERSION);
		xml.writeEndElement();
		VimRequests.SESSION_MANAGER.write(xml, "sessionManager");
		VimRequests.EXTENSION_MANAGER.write(xml, "extensionManager");
		xml.writeEndElement();
	}

	static void userSession(XMLStreamWriter xml, String id, String user) throws XMLStreamException {
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		xml.writeStartElement(VimXml.VIM25_NS, "returnval");
		SoapEnvelope.textElement(xml, "key", id);
		SoapEnvelope.textElement(xml, "userName", user);
		SoapEnvelope.textElement(xml, "fullName", user);
		SoapEnvelope.textElement(xml, "loginTime", now);
		SoapEnvelope.textElement(xml, "lastActiveTime", now);
		SoapEnvelope.textElement(xml, "locale", "en");
		SoapEnvelope.textElement(xml, "messageLocale", "en");
		xml.writeEndElement();
	}

}
