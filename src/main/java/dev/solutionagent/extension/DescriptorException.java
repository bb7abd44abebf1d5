package dev.solutionagent.extension;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * The descriptor cannot be read, or breaks vSphere's rules for an Extension.
 */
public class DescriptorException extends AgentException {

	private final Path file;

	private final List<Problem> problems;

	public DescriptorException(Path file, List<Problem> problems) {
		super(ExitStatus.USAGE, message(file, problems));
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public DescriptorException(Path file, String problem) {
		this(file, List.of(Problem.error("$", problem)));
	}

	private static String message(Path file, List<Problem> problems) {
		List<Problem> errors = problems.stream().filter(Problem::isError).toList();
		return "Descriptor %s has %d error%s; fix %s and run 'solution-agent validate':%n  - %s".formatted(file,
				errors.size(), (errors.size() == 1) ? "" : "s", (errors.size() == 1) ? "it" : "them",
				problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator() + "  - ")));
	}

	public Path file() {
		return this.file;
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
