package dev.solutionagent.vim;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Element;

/**
 * A ManagedObjectReference: the typed name of a managed object, such as
 * {@code <_this type="ExtensionManager">ExtensionManager</_this>}.
 *
 * @param type the managed object type, written as the {@code type} attribute
 * @param value the managed object's ID
 */
public record MoRef(String type, String value) {

	/** The one reference a client knows before it has the service content. */
	public static final MoRef SERVICE_INSTANCE = new MoRef("ServiceInstance", "ServiceInstance");

	/**
	 * Read a reference element.
	 * @param element an element such as {@code <extensionManager type="...">...}
	 * @return the reference
	 * @throws IllegalArgumentException when the element has no type or no value
	 */
	public static MoRef of(Element element) {
		String type = element.getAttribute("type");
		String value = element.getTextContent().strip();
		if (type.isEmpty() || value.isEmpty()) {
			throw new IllegalArgumentException(
					"<%s> is not a typed managed object reference".formatted(element.getLocalName()));
		}
		return new MoRef(type, value);
	}

	/**
	 * Write this reference as an element in the vim25 namespace.
	 * @param xml the writer
	 * @param name the element's local name, such as {@code _this}
	 * @throws XMLStreamException when writing fails
	 */
	public void write(XMLStreamWriter xml, String name) throws XMLStreamException {
		xml.writeStartElement(VimXml.VIM25_NS, name);
		xml.writeAttribute("type", this.type);
		xml.writeCharacters(this.value);
		xml.writeEndElement();
	}

	@Override
	public String toString() {
		return this.type + ":" + this.value;
	}

}
