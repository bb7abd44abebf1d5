package dev.solutionagent.vim;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.w3c.dom.Element;

/**
 * An extension as vCenter's ExtensionManager holds it, read from FindExtension.
 *
 * @param key the extension key
 * @param version the version
 * @param company the company
 * @param label the name shown in Client Plugins
 * @param summary the summary
 * @param manifestUrl {@code client[0].url}, the plug-in manifest
 * @param clientType {@code client[0].type}
 * @param serverUrl {@code server[0].url}
 * @param serverThumbprint {@code server[0].serverThumbprint}
 * @param lastHeartbeatTime when the registration was last written
 * @param taskIds every {@code taskList[].taskID}
 * @param eventIds every {@code eventList[].eventID}
 * @param faultIds every {@code faultList[].faultID}
 * @param privilegeIds every {@code privilegeList[].privID}
 * @param resourceKeys every {@code resourceList[].data[].key}
 */
public record RegisteredExtension(String key, String version, String company, String label, String summary,
		String manifestUrl, String clientType, String serverUrl, String serverThumbprint, String lastHeartbeatTime,
		List<String> taskIds, List<String> eventIds, List<String> faultIds, List<String> privilegeIds,
		List<String> resourceKeys) {

	public RegisteredExtension {
		taskIds = List.copyOf(taskIds);
		eventIds = List.copyOf(eventIds);
		faultIds = List.copyOf(faultIds);
		privilegeIds = List.copyOf(privilegeIds);
		resourceKeys = List.copyOf(resourceKeys);
	}

	/**
	 * Read an Extension element, such as FindExtension's {@code returnval}. Absent
	 * optional fields read as empty strings.
	 * @param extension the element
	 * @return the extension
	 */
	public static RegisteredExtension of(Element extension) {
		Optional<Element> description = VimXml.child(extension, "description");
		Optional<Element> client = VimXml.child(extension, "client");
		Optional<Element> server = VimXml.child(extension, "server");
		return new RegisteredExtension(text(extension, "key"), text(extension, "version"), text(extension, "company"),
				description.map((d) -> text(d, "label")).orElse(""),
				description.map((d) -> text(d, "summary")).orElse(""), client.map((c) -> text(c, "url")).orElse(""),
				client.map((c) -> text(c, "type")).orElse(""), server.map((s) -> text(s, "url")).orElse(""),
				server.map((s) -> text(s, "serverThumbprint")).orElse(""), text(extension, "lastHeartbeatTime"),
				ids(extension, "taskList", (e) -> text(e, "taskID")),
				ids(extension, "eventList", (e) -> text(e, "eventID")),
				ids(extension, "faultList", (e) -> text(e, "faultID")),
				ids(extension, "privilegeList", (e) -> text(e, "privID")),
				VimXml.children(extension, "resourceList")
					.stream()
					.flatMap((resource) -> VimXml.children(resource, "data").stream())
					.map((data) -> text(data, "key"))
					.toList());
	}

	private static List<String> ids(Element extension, String list, Function<Element, String> id) {
		return VimXml.children(extension, list).stream().map(id).toList();
	}

	private static String text(Element parent, String name) {
		return VimXml.text(parent, name).map(String::strip).orElse("");
	}

}
