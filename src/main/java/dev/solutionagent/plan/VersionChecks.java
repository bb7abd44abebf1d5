package dev.solutionagent.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.solutionagent.plan.Plan.Kind;
import dev.solutionagent.plan.Plan.Warning;

/**
 * The checks of a multi-version key: each version routes to its own server, so versions
 * must not share a manifest URL; and in linked mode all versions share one namespace of
 * task, event, fault, privilege and resource IDs, so each version's IDs must be its own.
 */
final class VersionChecks {

	private VersionChecks() {
	}

	static void check(String key, List<Registration> registrations, List<Warning> warnings) {
		Map<String, Set<String>> versionsByUrl = new LinkedHashMap<>();
		registrations.forEach(
				(r) -> versionsByUrl.computeIfAbsent(r.manifestUrl(), (u) -> new LinkedHashSet<>()).add(r.version()));
		versionsByUrl.forEach((url, versions) -> {
			if (versions.size() > 1) {
				warnings.add(new Warning(Kind.SHARED_MANIFEST, key,
						("versions %s of %s share the manifest URL %s; "
								+ "each version's calls route to its own plug-in server and a plugin.json declares one "
								+ "version: give each version its own server and manifest URL")
							.formatted(String.join(", ", versions), key, url)));
			}
		});
		Map<String, Map<String, Set<String>>> versionsById = new LinkedHashMap<>();
		Map<String, String> kindOfId = new LinkedHashMap<>();
		for (Registration registration : registrations) {
			registration.ids().forEach((kind, ids) -> ids.forEach((id) -> {
				kindOfId.putIfAbsent(id, kind);
				versionsById.computeIfAbsent(id, (i) -> new LinkedHashMap<>())
					.computeIfAbsent(registration.version(), (v) -> new LinkedHashSet<>())
					.add(registration.vcenter());
			}));
		}
		Set<String> collided = new LinkedHashSet<>();
		versionsById.forEach((id, versions) -> {
			if (versions.size() > 1) {
				collided.add(id);
				warnings.add(new Warning(Kind.ID_COLLISION, key,
						("%s %s is declared by versions %s of %s; in linked "
								+ "mode they collide. Namespace each version's IDs, such as %s")
							.formatted(kindOfId.get(id), id, describe(versions), key,
									example(key, versions.keySet()))));
			}
		});
		Set<String> allVersions = registrations.stream()
			.map(Registration::version)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, Map<String, Set<String>>> unmarked = new LinkedHashMap<>();
		for (Registration registration : registrations) {
			registration.ids()
				.forEach((kind, ids) -> ids.stream()
					.filter((id) -> !collided.contains(id) && !VersionMarkers.isMarked(id, registration.version()))
					.forEach((id) -> unmarked.computeIfAbsent(registration.version(), (v) -> new LinkedHashMap<>())
						.computeIfAbsent(kind, (k) -> new LinkedHashSet<>())
						.add(id)));
		}
		unmarked.forEach((version, byKind) -> warnings.add(new Warning(Kind.ID_NOT_NAMESPACED, key,
				("version %s of %s declares IDs without a version marker while versions %s coexist: %s. They collide in "
						+ "linked mode as soon as another version declares them; namespace them, such as %s")
					.formatted(version, key, String.join(", ", allVersions),
							byKind.entrySet()
								.stream()
								.map((e) -> e.getKey() + " " + String.join(", ", e.getValue()))
								.collect(Collectors.joining("; ")),
							example(key, Set.of(version))))));
	}

	private static String describe(Map<String, Set<String>> versions) {
		List<String> parts = new ArrayList<>();
		versions.forEach((version, vcenters) -> parts.add(version + " (" + String.join(", ", vcenters) + ")"));
		return String.join(" and ", parts);
	}

	// The marker style of the example descriptor: key.v<major>_<minor>.<name>.
	private static String example(String key, Set<String> versions) {
		String version = versions.iterator().next();
		String[] numbers = version.split("\\.");
		String marker = (numbers.length >= 2) ? numbers[0] + "_" + numbers[1] : numbers[0];
		return key + ".v" + marker + ".<name>";
	}

}
