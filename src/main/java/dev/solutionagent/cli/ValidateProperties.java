package dev.solutionagent.cli;

/**
 * The {@code agent.validate.*} properties: how {@code validate} reports.
 */
public class ValidateProperties {

	/** Print the findings as JSON, for CI. */
	private boolean json;

	public boolean isJson() {
		return this.json;
	}

	public void setJson(boolean json) {
		this.json = json;
	}

}
