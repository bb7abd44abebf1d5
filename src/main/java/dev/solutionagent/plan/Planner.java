package dev.solutionagent.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.plan.Plan.Instance;
import dev.solutionagent.plan.Plan.Kind;
import dev.solutionagent.plan.Plan.Row;
import dev.solutionagent.plan.Plan.Warning;

/**
 * Applies vSphere's rules to registrations of a key on several vCenters: the same key and
 * version with a different manifest URL is a separate instance; the same key with
 * different versions is multi-version, each version's calls routed to its own server.
 * Pure: the same input always gives the same plan.
 */
public final class Planner {

	private Planner() {
	}

	/**
	 * Plan registrations as they are.
	 * @param registrations the registrations, one per vCenter and key
	 * @return the plan
	 */
	public static Plan plan(List<Registration> registrations) {
		List<Warning> warnings = new ArrayList<>();
		List<Registration> unique = unique(registrations, warnings);
		Map<List<String>, List<Registration>> groups = new LinkedHashMap<>();
		unique.forEach(
				(r) -> groups.computeIfAbsent(List.of(r.key(), r.version(), r.manifestUrl()), (k) -> new ArrayList<>())
					.add(r));
		Map<List<String>, Integer> numbers = new LinkedHashMap<>();
		Map<List<String>, Instance> instances = new LinkedHashMap<>();
		groups.forEach((id, members) -> {
			int number = numbers.merge(List.of(id.get(0), id.get(1)), 1, Integer::sum);
			instances.put(id, new Instance(id.get(0), id.get(1), id.get(1) + "#" + number, id.get(2),
					members.stream().map(Registration::vcenter).toList()));
		});
		List<Row> rows = unique.stream()
			.map((r) -> new Row(r.vcenter(), r.key(), r.version(), r.manifestUrl(),
					instances.get(List.of(r.key(), r.version(), r.manifestUrl())).name()))
			.toList();
		Map<List<String>, List<Instance>> byVersion = new LinkedHashMap<>();
		instances.values()
			.forEach((i) -> byVersion.computeIfAbsent(List.of(i.key(), i.version()), (k) -> new ArrayList<>()).add(i));
		byVersion.values().stream().filter((same) -> same.size() > 1).forEach((same) -> splits(same, warnings));
		Map<String, List<Registration>> byKey = new LinkedHashMap<>();
		unique.forEach((r) -> byKey.computeIfAbsent(r.key(), (k) -> new ArrayList<>()).add(r));
		byKey.forEach((key, members) -> {
			if (members.stream().map(Registration::version).distinct().count() > 1) {
				VersionChecks.check(key, members, warnings);
			}
		});
		return new Plan(rows, List.copyOf(instances.values()), warnings);
	}

	/**
	 * Plan registrations after a change: records of the change replace those of the same
	 * vCenter and key, and new ones are added. Warns besides when the change turns one
	 * instance into several of the same version.
	 * @param current the registrations now
	 * @param change the registrations to write
	 * @return the plan of the result
	 */
	public static Plan plan(List<Registration> current, List<Registration> change) {
		Map<List<String>, Registration> after = new LinkedHashMap<>();
		unique(current, new ArrayList<>()).forEach((r) -> after.put(List.of(r.vcenter(), r.key()), r));
		change.forEach((r) -> after.put(List.of(r.vcenter(), r.key()), r));
		Plan before = plan(current);
		Plan result = plan(List.copyOf(after.values()));
		List<Warning> warnings = new ArrayList<>(result.warnings());
		for (Instance instance : before.instances()) {
			Set<String> names = new LinkedHashSet<>();
			List<String> where = new ArrayList<>();
			for (Row row : result.rows()) {
				if (row.key().equals(instance.key()) && row.version().equals(instance.version())
						&& instance.vcenters().contains(row.vcenter())) {
					names.add(row.instance());
					where.add(row.vcenter() + " -> " + row.manifestUrl());
				}
			}
			if (names.size() > 1) {
				warnings.add(new Warning(Kind.CHANGE_SPLITS, instance.key(), ("the change splits instance %s of %s "
						+ "(registered on %s) into %d instances of the same version: %s. Register the same manifest "
						+ "URL on all of them, or give the new server a new version if a separate instance is meant")
					.formatted(instance.name(), instance.key(), String.join(", ", instance.vcenters()), names.size(),
							String.join("; ", where))));
			}
		}
		return new Plan(result.rows(), result.instances(), warnings);
	}

	private static List<Registration> unique(List<Registration> registrations, List<Warning> warnings) {
		Map<List<String>, Registration> unique = new LinkedHashMap<>();
		for (Registration registration : registrations) {
			Registration previous = unique.put(List.of(registration.vcenter(), registration.key()), registration);
			if (previous != null) {
				warnings.add(new Warning(Kind.DUPLICATE, registration.key(),
						"vCenter %s holds one registration of %s, but the input has two (versions %s and %s); the later one counts"
							.formatted(registration.vcenter(), registration.key(), previous.version(),
									registration.version())));
			}
		}
		return List.copyOf(unique.values());
	}

	// Instances of one key and version: a host-only or spelling difference is likely
	// an accident.
	private static void splits(List<Instance> same, List<Warning> warnings) {
		Instance first = same.get(0);
		for (Instance other : same.subList(1, same.size())) {
			ManifestUrls.Difference difference = ManifestUrls.compare(first.manifestUrl(), other.manifestUrl());
			String places = "%s (on %s) and %s (on %s)".formatted(first.manifestUrl(),
					String.join(", ", first.vcenters()), other.manifestUrl(), String.join(", ", other.vcenters()));
			if (difference == ManifestUrls.Difference.SPELLING) {
				warnings.add(new Warning(Kind.SPELLING, first.key(), ("version %s of %s: %s are one URL spelled two "
						+ "ways, but the vSphere Client compares them as written and makes instances %s and %s; "
						+ "register one spelling on every vCenter")
					.formatted(first.version(), first.key(), places, first.name(), other.name())));
			}
			else if (difference == ManifestUrls.Difference.HOST_ONLY) {
				warnings.add(new Warning(Kind.SPLIT, first.key(), ("version %s of %s has instances %s and %s because "
						+ "the manifest URLs differ only in host: %s. If %s and %s are one plug-in server (an address "
						+ "and a name, or two names of it), register one URL on every vCenter; if they are separate "
						+ "servers this is as intended: each vCenter's objects show its own instance's views, and "
						+ "global views get an instance selector")
					.formatted(first.version(), first.key(), first.name(), other.name(), places,
							ManifestUrls.host(first.manifestUrl()), ManifestUrls.host(other.manifestUrl()))));
			}
		}
	}

}
