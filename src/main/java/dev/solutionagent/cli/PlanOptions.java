package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code plan} reads and how it prints.
 */
final class PlanOptions {

	static final Setting<List<Path>> FROM = Setting.list("--from", "agent.plan.from", "FILE[,FILE...]", Path.class,
			List.of(),
			"Registration records (JSON or YAML; a record or a list per file), as 'extension info --json' prints");

	static final Setting<Path> CHANGE = Setting.option("--change", "agent.plan.change", "FILE", Path.class, null,
			"Records about to be written: plan the result and warn when the change splits an instance");

	static final Setting<Boolean> JSON = Setting.flag("--json", "agent.plan.json", "Print the plan as JSON");

	static final List<Setting<?>> ALL = List.of(FROM, CHANGE, JSON);

	private PlanOptions() {
	}

	static Plan of(Values values) {
		return new Plan(values.get(FROM), values.find(CHANGE), values.get(JSON));
	}

	/**
	 * The plan's inputs, bound.
	 *
	 * @param from the registration records plan reads
	 * @param change records plan applies over them
	 * @param json print the plan as JSON
	 */
	record Plan(List<Path> from, Optional<Path> change, boolean json) {

		Plan {
			from = List.copyOf(from);
		}

	}

}
