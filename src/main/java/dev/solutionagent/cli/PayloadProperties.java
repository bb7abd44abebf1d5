package dev.solutionagent.cli;

/**
 * The {@code agent.payload.*} properties: the body shape.
 */
public class PayloadProperties {

	/** auto, list or per-guid. */
	private String shape = "auto";

	public String getShape() {
		return this.shape;
	}

	public void setShape(String shape) {
		this.shape = shape;
	}

}
