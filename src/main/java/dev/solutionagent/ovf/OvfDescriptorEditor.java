package dev.solutionagent.ovf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static dev.solutionagent.ovf.ProductSectionTemplate.OVF_NS;

/**
 * Edits a parsed OVF envelope of one VirtualSystem: puts a ProductSection in, replacing
 * the unclassed one if there is one, and adds the guestinfo transport to the
 * VirtualHardwareSection. Running it twice gives the same document.
 */
final class OvfDescriptorEditor {

	/** The transport that hands the OVF environment to VMware Tools as guestinfo. */
	static final String GUESTINFO_TRANSPORT = "com.vmware.guestInfo";

	private final String source;

	OvfDescriptorEditor(String source) {
		this.source = source;
	}

	void apply(Document envelope, Element productSection) {
		Element root = envelope.getDocumentElement();
		if (!Ovf.is(root, "Envelope")) {
			throw new OvfException(this.source,
					"is not an OVF 1.x descriptor: its root element is {%s}%s, not {%s}Envelope"
						.formatted(root.getNamespaceURI(), root.getLocalName(), OVF_NS));
		}
		Element system = virtualSystem(root);
		List<Element> hardware = Ovf.children(system, "VirtualHardwareSection");
		if (hardware.isEmpty()) {
			throw new OvfException(this.source, "VirtualSystem has no VirtualHardwareSection; export the VM again");
		}
		String attributePrefix = (root.lookupPrefix(OVF_NS) != null) ? root.lookupPrefix(OVF_NS) : "ovf";
		Element section = (Element) Ovf.adoptPrefixes(envelope.importNode(productSection, true), root.getPrefix(),
				attributePrefix);
		List<Element> existing = Ovf.children(system, "ProductSection")
			.stream()
			.filter((candidate) -> candidate.getAttributeNS(OVF_NS, "class").isEmpty()
					&& candidate.getAttributeNS(OVF_NS, "instance").isEmpty())
			.toList();
		if (existing.isEmpty()) {
			system.insertBefore(section, hardware.get(hardware.size() - 1).getNextSibling());
		}
		else {
			system.replaceChild(section, existing.get(0));
			existing.subList(1, existing.size()).forEach(system::removeChild);
		}
		hardware.forEach((element) -> addTransport(element, attributePrefix));
	}

	private Element virtualSystem(Element root) {
		if (!Ovf.children(root, "VirtualSystemCollection").isEmpty()) {
			throw new OvfException(this.source, "holds a VirtualSystemCollection (a vApp of several VMs); "
					+ "prepare-ovf edits the descriptor of one VirtualSystem, as Packer exports it");
		}
		List<Element> systems = Ovf.children(root, "VirtualSystem");
		if (systems.size() != 1) {
			throw new OvfException(this.source,
					"has %d VirtualSystem elements under Envelope; expected exactly one".formatted(systems.size()));
		}
		return systems.get(0);
	}

	// Keeps transports already declared (such as iso) and adds guestinfo once.
	private static void addTransport(Element hardware, String prefix) {
		Set<String> transports = new LinkedHashSet<>(
				List.of(hardware.getAttributeNS(OVF_NS, "transport").trim().split("\\s+")));
		transports.remove("");
		transports.add(GUESTINFO_TRANSPORT);
		hardware.setAttributeNS(OVF_NS, prefix + ":transport", String.join(" ", transports));
	}

}
