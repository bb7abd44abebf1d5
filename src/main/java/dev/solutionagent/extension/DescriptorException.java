package dev.solutionagent.extension;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * The descriptor cannot be read, or breaks vSphere's rules for an Extension. Each problem
 * is told as {@code FILE:LINE:COLUMN: error: $.path: message}.
 */
public class DescriptorException extends AgentException {

	private final Path file;

	private final List<LocatedProblem> located;

	/**
	 * Problems of a descriptor that was read, each located in its file.
	 * @param descriptor the descriptor
	 * @param problems errors and warnings
	 */
	public DescriptorException(Descriptor descriptor, List<Problem> problems) {
		this(problems.stream().map(descriptor::locate).toList(), descriptor.file());
	}

	/**
	 * Problems without locations, such as those of records that never were a file.
	 * @param file the file they came from
	 * @param problems errors and warnings
	 */
	public DescriptorException(Path file, List<Problem> problems) {
		this(problems.stream().map((p) -> new LocatedProblem(file, Optional.empty(), p)).toList(), file);
	}

	/**
	 * A file that cannot be read as a descriptor.
	 * @param file the file
	 * @param problem what is wrong
	 */
	public DescriptorException(Path file, String problem) {
		this(file, Optional.empty(), problem);
	}

	/**
	 * A file that cannot be read as a descriptor, at a place in it.
	 * @param file the file
	 * @param location where, if known
	 * @param problem what is wrong
	 */
	public DescriptorException(Path file, Optional<Location> location, String problem) {
		this(List.of(new LocatedProblem(file, location, Problem.error("$", problem))), file);
	}

	public DescriptorException(Path file, Location location, String problem) {
		this(file, Optional.of(location), problem);
	}

	private DescriptorException(List<LocatedProblem> located, Path file) {
		super(ExitStatus.USAGE, message(file, located));
		this.file = file;
		this.located = List.copyOf(located);
	}

	private static String message(Path file, List<LocatedProblem> located) {
		long errors = located.stream().filter((p) -> p.problem().isError()).count();
		return "Descriptor %s has %d error%s; fix %s and run 'solution-agent validate':%n  %s".formatted(file, errors,
				(errors == 1) ? "" : "s", (errors == 1) ? "it" : "them",
				located.stream().map(LocatedProblem::line).collect(Collectors.joining(System.lineSeparator() + "  ")));
	}

	public Path file() {
		return this.file;
	}

	public List<Problem> problems() {
		return this.located.stream().map(LocatedProblem::problem).toList();
	}

	/**
	 * Every problem with its place in the file.
	 * @return the problems, in order
	 */
	public List<LocatedProblem> located() {
		return this.located;
	}

}
