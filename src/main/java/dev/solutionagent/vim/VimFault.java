package dev.solutionagent.vim;

import java.util.Optional;

import dev.solutionagent.Printable;
import org.w3c.dom.Element;

/**
 * A SOAP fault as vCenter sends it: {@code faultstring}, and in {@code detail} an element
 * such as {@code <InvalidArgumentFault xsi:type="InvalidArgument">} with the fault's
 * properties.
 *
 * @param type the vim25 fault type, such as {@code InvalidArgument} or {@code NotFound}
 * @param message the fault string
 * @param invalidProperty the property an {@code InvalidArgument} names
 */
public record VimFault(String type, String message, Optional<String> invalidProperty) {

	/**
	 * Read a {@code soapenv:Fault} element.
	 * @param fault the element
	 * @return the fault
	 */
	public static VimFault of(Element fault) {
		String message = VimXml.elements(fault)
			.stream()
			.filter((e) -> "faultstring".equals(e.getLocalName()))
			.map((e) -> e.getTextContent().strip())
			.findFirst()
			.orElse("");
		Optional<Element> detail = VimXml.elements(fault)
			.stream()
			.filter((e) -> "detail".equals(e.getLocalName()))
			.flatMap((e) -> VimXml.elements(e).stream())
			.findFirst();
		if (detail.isEmpty()) {
			return new VimFault("SystemError", message, Optional.empty());
		}
		Element info = detail.get();
		return new VimFault(type(info), message, VimXml.text(info, "invalidProperty").map(String::strip));
	}

	// xsi:type names the fault ("InvalidArgument"); the element name is the same plus
	// "Fault". Either may carry a prefix.
	private static String type(Element info) {
		String declared = info.getAttributeNS(VimXml.XSI_NS, "type");
		if (!declared.isEmpty()) {
			return declared.substring(declared.indexOf(':') + 1);
		}
		String name = info.getLocalName();
		return name.endsWith("Fault") ? name.substring(0, name.length() - "Fault".length()) : name;
	}

	// Escaped: the fault's text is the server's, and it may hold terminal controls or
	// line breaks.
	@Override
	public String toString() {
		String text = this.type + this.invalidProperty.map((p) -> " (" + p + ")").orElse("")
				+ (this.message.isEmpty() ? "" : ": " + this.message);
		return Printable.escape((text.length() > 500) ? text.substring(0, 500) + "..." : text);
	}

}
