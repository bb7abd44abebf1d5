package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code agent.plan.*} properties: what plan reads.
 */
public class PlanProperties {

	/** Registration records (JSON or YAML), one record or a list per file. */
	private List<Path> from = new ArrayList<>();

	/** Records to apply over those of --from, to see what the change does. */
	private Path change;

	/** Print the plan as JSON. */
	private boolean json;

	public List<Path> getFrom() {
		return this.from;
	}

	public void setFrom(List<Path> from) {
		this.from = from;
	}

	public Path getChange() {
		return this.change;
	}

	public void setChange(Path change) {
		this.change = change;
	}

	public boolean isJson() {
		return this.json;
	}

	public void setJson(boolean json) {
		this.json = json;
	}

}
