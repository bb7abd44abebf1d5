package dev.solutionagent.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One extension registered (or to be registered) on one vCenter: the record that
 * {@code extension info --json} prints and {@code plan} reads.
 *
 * @param vcenter the vCenter, such as {@code vc1.example.com}
 * @param key the extension key
 * @param version the extension version
 * @param manifestUrl {@code client[0].url}
 * @param serverThumbprint {@code server[0].serverThumbprint}, empty when unknown
 * @param company the company, empty when unknown
 * @param summary the summary, empty when unknown
 * @param taskIds the task IDs
 * @param eventIds the event IDs
 * @param faultIds the fault IDs
 * @param privilegeIds the privilege IDs
 * @param resourceKeys the keys of the resource bundles
 */
public record Registration(String vcenter, String key, String version, String manifestUrl, String serverThumbprint,
		String company, String summary, List<String> taskIds, List<String> eventIds, List<String> faultIds,
		List<String> privilegeIds, List<String> resourceKeys) {

	public Registration {
		taskIds = List.copyOf(taskIds);
		eventIds = List.copyOf(eventIds);
		faultIds = List.copyOf(faultIds);
		privilegeIds = List.copyOf(privilegeIds);
		resourceKeys = List.copyOf(resourceKeys);
	}

	/**
	 * A registration with no IDs and no details, as in the examples of VMware's guide.
	 * @param vcenter the vCenter
	 * @param key the key
	 * @param version the version
	 * @param manifestUrl the manifest URL
	 * @return the registration
	 */
	public static Registration of(String vcenter, String key, String version, String manifestUrl) {
		return new Registration(vcenter, key, version, manifestUrl, "", "", "", List.of(), List.of(), List.of(),
				List.of(), List.of());
	}

	/**
	 * Every ID that must be unique across versions in linked mode, by kind.
	 * @return kind (such as {@code taskIds}) to IDs
	 */
	Map<String, List<String>> ids() {
		Map<String, List<String>> ids = new LinkedHashMap<>();
		ids.put("taskIds", this.taskIds);
		ids.put("eventIds", this.eventIds);
		ids.put("faultIds", this.faultIds);
		ids.put("privilegeIds", this.privilegeIds);
		ids.put("resourceKeys", this.resourceKeys);
		return ids;
	}

}
