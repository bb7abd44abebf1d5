package dev.solutionagent.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.solutionagent.Printable;
import dev.solutionagent.plan.Plan.Instance;
import dev.solutionagent.plan.Plan.Row;

/**
 * A plan as a table per key, then what the instances and versions mean, then the
 * warnings.
 */
public final class PlanText {

	private PlanText() {
	}

	public static String render(Plan plan) {
		StringBuilder text = new StringBuilder();
		Map<String, List<Row>> byKey = new LinkedHashMap<>();
		plan.rows().forEach((row) -> byKey.computeIfAbsent(row.key(), (k) -> new ArrayList<>()).add(row));
		byKey.forEach((key, rows) -> {
			List<Instance> instances = plan.instances().stream().filter((i) -> i.key().equals(key)).toList();
			long versions = instances.stream().map(Instance::version).distinct().count();
			text.append("%s: %d version%s%s, %d instance%s%n".formatted(key, versions, (versions == 1) ? "" : "s",
					(versions > 1) ? " (multi-version)" : "", instances.size(), (instances.size() == 1) ? "" : "s"));
			int vcenterWidth = Math.max(7, rows.stream().mapToInt((r) -> r.vcenter().length()).max().orElse(0));
			int versionWidth = Math.max(7, rows.stream().mapToInt((r) -> r.version().length()).max().orElse(0));
			int instanceWidth = Math.max(8, rows.stream().mapToInt((r) -> r.instance().length()).max().orElse(0));
			String format = "  %-" + vcenterWidth + "s  %-" + versionWidth + "s  %-" + instanceWidth + "s  %s%n";
			text.append(format.formatted("VCENTER", "VERSION", "INSTANCE", "MANIFEST URL"));
			rows.forEach((row) -> text
				.append(format.formatted(row.vcenter(), row.version(), row.instance(), row.manifestUrl())));
			for (Instance instance : instances) {
				text.append("  instance %s: one plug-in server (%s) for %s%n".formatted(instance.name(),
						ManifestUrls.host(instance.manifestUrl()), String.join(", ", instance.vcenters())));
			}
			if (versions > 1) {
				text.append("  each version's calls route to its own server: %s%n".formatted(instances.stream()
					.map((i) -> i.version() + " -> " + ManifestUrls.host(i.manifestUrl()))
					.distinct()
					.collect(Collectors.joining(", "))));
			}
			if (instances.size() > 1) {
				text.append("  the vSphere Client shows each vCenter's objects with its own instance's views, and "
						+ "offers an instance selector for global views\n");
			}
			text.append('\n');
		});
		plan.warnings().forEach((warning) -> text.append(warning).append('\n'));
		text.append("%d warning%s%n".formatted(plan.warnings().size(), (plan.warnings().size() == 1) ? "" : "s"));
		// Every value comes from files or servers: no control character reaches the
		// terminal.
		return text.toString().lines().map(Printable::escape).collect(Collectors.joining("\n", "", "\n"));
	}

}
