package dev.solutionagent.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.LocatedProblem;
import dev.solutionagent.extension.Problem;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code validate} found, printed on one stream: one line per problem
 * ({@code FILE:LINE:COLUMN: error|warning: $.path: message}) and a summary, or the same
 * as JSON for CI.
 */
final class ValidationReport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Path descriptor;

	private final Optional<Path> environment;

	private final List<LocatedProblem> problems = new ArrayList<>();

	private final List<String> environmentProblems = new ArrayList<>();

	ValidationReport(Path descriptor, Optional<Path> environment) {
		this.descriptor = descriptor;
		this.environment = environment;
	}

	void add(Descriptor descriptor, List<Problem> problems) {
		problems.stream().map(descriptor::locate).forEach(this.problems::add);
	}

	void add(List<LocatedProblem> problems) {
		this.problems.addAll(problems);
	}

	void environment(List<String> problems) {
		this.environmentProblems.addAll(problems);
	}

	/**
	 * Print the report.
	 * @param out standard output
	 * @param json whether to print JSON
	 * @return 3 for environment errors, else 2 for descriptor errors, else 0
	 */
	ExitStatus print(PrintStream out, boolean json) {
		long errors = this.problems.stream().filter((p) -> p.problem().isError()).count();
		long warnings = this.problems.size() - errors;
		if (json) {
			out.println(JSON.writeValueAsString(json(errors, warnings)));
		}
		else {
			String where = this.environment.map(Path::toString).orElse("OVF environment");
			this.environmentProblems.forEach((problem) -> out.println(where + ": error: " + Printable.escape(problem)));
			this.problems.forEach((problem) -> out.println(problem.line()));
			int environmentErrors = this.environmentProblems.size();
			out.printf("%s: %d error%s, %d warning%s%s%n", this.descriptor, errors, (errors == 1) ? "" : "s", warnings,
					(warnings == 1) ? "" : "s", (environmentErrors == 0) ? "" : "; OVF environment: "
							+ environmentErrors + " error" + ((environmentErrors == 1) ? "" : "s"));
		}
		if (!this.environmentProblems.isEmpty()) {
			return ExitStatus.ENVIRONMENT;
		}
		return (errors > 0) ? ExitStatus.USAGE : ExitStatus.OK;
	}

	private ObjectNode json(long errors, long warnings) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("descriptor", this.descriptor.toString());
		root.put("ovfEnvironment", this.environment.map(Path::toString).orElse(null));
		root.put("errors", errors);
		root.put("warnings", warnings);
		root.put("environmentErrors", this.environmentProblems.size());
		ArrayNode list = root.putArray("problems");
		for (String problem : this.environmentProblems) {
			ObjectNode entry = list.addObject();
			entry.put("file", this.environment.map(Path::toString).orElse(null));
			entry.put("severity", "error");
			entry.put("message", problem);
		}
		for (LocatedProblem located : this.problems) {
			ObjectNode entry = list.addObject();
			entry.put("file", located.file().toString());
			located.location().ifPresent((at) -> entry.put("line", at.line()).put("column", at.column()));
			entry.put("severity", located.problem().label());
			entry.put("path", located.problem().path());
			entry.put("message", located.problem().message());
		}
		return root;
	}

}
