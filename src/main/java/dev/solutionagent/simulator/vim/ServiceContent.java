package dev.solutionagent.simulator.vim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.solutionagent.vim.MoRef;
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
		new MoRef("PropertyCollector", "propertyCollector").write(xml, "propertyCollector");
		xml.writeStartElement(VimXml.VIM25_NS, "about");
		VimXml.textElement(xml, "name", "VMware vCenter Server");
		VimXml.textElement(xml, "fullName", "VMware vCenter Server 8.0.3 build-0 (solution-agent vim25 simulator)");
		VimXml.textElement(xml, "vendor", "VMware, Inc.");
		VimXml.textElement(xml, "version", "8.0.3");
		VimXml.textElement(xml, "build", "0");
		VimXml.textElement(xml, "osType", "linux-x64");
		VimXml.textElement(xml, "productLineId", "vpx");
		VimXml.textElement(xml, "apiType", "VirtualCenter");
		VimXml.textElement(xml, "apiVersion", VimRequests.API_VERSION);
		xml.writeEndElement();
		VimRequests.SESSION_MANAGER.write(xml, "sessionManager");
		VimRequests.EXTENSION_MANAGER.write(xml, "extensionManager");
		xml.writeEndElement();
	}

	static void userSession(XMLStreamWriter xml, String id, String user) throws XMLStreamException {
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		xml.writeStartElement(VimXml.VIM25_NS, "returnval");
		VimXml.textElement(xml, "key", id);
		VimXml.textElement(xml, "userName", user);
		VimXml.textElement(xml, "fullName", user);
		VimXml.textElement(xml, "loginTime", now);
		VimXml.textElement(xml, "lastActiveTime", now);
		VimXml.textElement(xml, "locale", "en");
		VimXml.textElement(xml, "messageLocale", "en");
		xml.writeEndElement();
	}

}
