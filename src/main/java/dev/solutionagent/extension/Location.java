package dev.solutionagent.extension;

/**
 * Where something is in a descriptor file.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Location(int line, int column) {

	@Override
	public String toString() {
		return this.line + ":" + this.column;
	}

}
