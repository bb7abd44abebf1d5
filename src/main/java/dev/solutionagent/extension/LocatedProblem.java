package dev.solutionagent.extension;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem and where it is: the file, and the line and column when known.
 *
 * @param file the descriptor file
 * @param location the line and column of the value at fault, or of its nearest ancestor
 * @param problem the problem
 */
public record LocatedProblem(Path file, Optional<Location> location, Problem problem) {

	/**
	 * The problem as one line a terminal and an editor read.
	 * @return {@code FILE:LINE:COLUMN: error: $.path: message}, control characters
	 * escaped
	 */
	public String line() {
		return "%s%s: %s".formatted(this.file, this.location.map((at) -> ":" + at).orElse(""), this.problem);
	}

}
