package dev.solutionagent.simulator.vim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import dev.solutionagent.vim.VimXml;
import org.w3c.dom.Element;

/**
 * Reads request elements the way vCenter's deserializer does: each data object is an
 * {@code xsd:sequence}, so an unknown element, an element out of WSDL order, a repeated
 * single element or a missing required one is refused. Written independently of the
 * client's writer, from the vim25 WSDL, so that the two check each other.
 */
final class WsdlShapes {

	private static final String STRING = "xsd:string";

	private static final String DATE_TIME = "xsd:dateTime";

	private static final String BOOLEAN = "xsd:boolean";

	private static final String REFERENCE = "ManagedObjectReference";

	private static final Map<String, List<Field>> TYPES = Map
		.ofEntries(Map.entry("Extension", List.of(one("description", "Description"), one("key", STRING),
				optional("company", STRING), optional("type", STRING), one("version", STRING),
				optional("subjectName", STRING), list("server", "ExtensionServerInfo", false),
				list("client", "ExtensionClientInfo", false), list("taskList", "ExtensionTaskTypeInfo", false),
				list("eventList", "ExtensionEventTypeInfo", false), list("faultList", "ExtensionFaultTypeInfo", false),
				list("privilegeList", "ExtensionPrivilegeInfo", false),
				list("resourceList", "ExtensionResourceInfo", false), one("lastHeartbeatTime", DATE_TIME),
				optional("healthInfo", "ExtensionHealthInfo"), optional("shownInSolutionManager", BOOLEAN))),
				Map.entry("Description", List.of(one("label", STRING), one("summary", STRING))),
				Map.entry("ExtensionServerInfo",
						List.of(one("url", STRING), one("description", "Description"), one("company", STRING),
								one("type", STRING), list("adminEmail", STRING, true),
								optional("serverThumbprint", STRING), optional("serverCertificate", STRING))),
				Map.entry("ExtensionClientInfo",
						List.of(one("version", STRING), one("description", "Description"), one("company", STRING),
								one("type", STRING), one("url", STRING))),
				Map.entry("ExtensionTaskTypeInfo", List.of(one("taskID", STRING))),
				Map.entry("ExtensionEventTypeInfo",
						List.of(one("eventID", STRING), optional("eventTypeSchema", STRING))),
				Map.entry("ExtensionFaultTypeInfo", List.of(one("faultID", STRING))),
				Map.entry("ExtensionPrivilegeInfo", List.of(one("privID", STRING), one("privGroupName", STRING))),
				Map.entry("ExtensionResourceInfo",
						List.of(one("locale", STRING), one("module", STRING), list("data", "KeyValue", true))),
				Map.entry("KeyValue", List.of(one("key", STRING), one("value", STRING))),
				Map.entry("ExtensionHealthInfo", List.of(one("url", STRING))),
				Map.entry("RetrieveServiceContent", List.of(one("_this", REFERENCE))),
				Map.entry("Login",
						List.of(one("_this", REFERENCE), one("userName", STRING), one("password", STRING),
								optional("locale", STRING))),
				Map.entry("Logout", List.of(one("_this", REFERENCE))),
				Map.entry("FindExtension", List.of(one("_this", REFERENCE), one("extensionKey", STRING))),
				Map.entry("RetrievePropertiesEx",
						List.of(one("_this", REFERENCE), list("specSet", "PropertyFilterSpec", true),
								one("options", "RetrieveOptions"))),
				Map.entry("PropertyFilterSpec",
						List.of(list("propSet", "PropertySpec", true), list("objectSet", "ObjectSpec", true),
								optional("reportMissingObjectsInResults", BOOLEAN))),
				Map.entry("PropertySpec",
						List.of(one("type", STRING), optional("all", BOOLEAN), list("pathSet", STRING, false))),
				Map.entry("ObjectSpec", List.of(one("obj", REFERENCE), optional("skip", BOOLEAN))),
				Map.entry("RetrieveOptions", List.of(optional("maxObjects", "xsd:int"))),
				Map.entry("UnregisterExtension", List.of(one("_this", REFERENCE), one("extensionKey", STRING))),
				Map.entry("RegisterExtension", List.of(one("_this", REFERENCE), one("extension", "Extension"))),
				Map.entry("UpdateExtension", List.of(one("_this", REFERENCE), one("extension", "Extension"))));

	private WsdlShapes() {
	}

	static boolean knows(String type) {
		return TYPES.containsKey(type);
	}

	/**
	 * Check an element against its WSDL type, recursively.
	 * @param element the element
	 * @param type the WSDL type, or a method name for a request
	 * @return the deserializer's complaint, empty when the element is well-shaped
	 */
	static Optional<String> check(Element element, String type) {
		List<Field> fields = TYPES.get(type);
		Map<String, Integer> seen = new HashMap<>();
		int next = 0;
		for (Element child : VimXml.elements(element)) {
			String name = child.getLocalName();
			if (!VimXml.VIM25_NS.equals(child.getNamespaceURI())) {
				return Optional.of("Unexpected element {%s}%s in %s: vim25 elements are in namespace urn:vim25"
					.formatted(child.getNamespaceURI(), name, type));
			}
			int at = indexOf(fields, name, next);
			if (at < 0) {
				return Optional.of((indexOf(fields, name, 0) < 0)
						? "Unexpected element tag \"%s\" seen: %s has no such property".formatted(name, type)
						: "Unexpected element tag \"%s\" seen: out of WSDL order or repeated in %s".formatted(name,
								type));
			}
			Field field = fields.get(at);
			next = field.list() ? at : at + 1;
			seen.merge(name, 1, Integer::sum);
			Optional<String> problem = value(child, field, type);
			if (problem.isPresent()) {
				return problem;
			}
		}
		return fields.stream()
			.filter((field) -> field.required() && !seen.containsKey(field.name()))
			.findFirst()
			.map((field) -> "Required property %s is missing from data object of type %s".formatted(field.name(),
					type));
	}

	private static Optional<String> value(Element child, Field field, String type) {
		if (TYPES.containsKey(field.type())) {
			return check(child, field.type());
		}
		if (!VimXml.elements(child).isEmpty()) {
			return Optional
				.of("Property %s of %s is a %s, not a data object".formatted(field.name(), type, field.type()));
		}
		String text = child.getTextContent().strip();
		boolean valid = switch (field.type()) {
			case DATE_TIME -> isDateTime(text);
			case BOOLEAN -> text.matches("true|false|1|0");
			case REFERENCE -> !child.getAttribute("type").isEmpty() && !text.isEmpty();
			default -> true;
		};
		return valid ? Optional.empty() : Optional
			.of("Property %s of %s is not a valid %s: '%s'".formatted(field.name(), type, field.type(), text));
	}

	private static boolean isDateTime(String text) {
		try {
			DatatypeFactory.newInstance().newXMLGregorianCalendar(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		catch (DatatypeConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int indexOf(List<Field> fields, String name, int from) {
		for (int i = from; i < fields.size(); i++) {
			if (fields.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private static Field one(String name, String type) {
		return new Field(name, type, true, false);
	}

	private static Field optional(String name, String type) {
		return new Field(name, type, false, false);
	}

	private static Field list(String name, String type, boolean required) {
		return new Field(name, type, required, true);
	}

	private record Field(String name, String type, boolean required, boolean list) {

	}

}
