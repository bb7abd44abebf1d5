package dev.solutionagent.environment;

import java.util.List;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;

/**
 * The OVF environment is missing, malformed, or lacks what solution install needs.
 */
public class OvfEnvironmentException extends AgentException {

	private final String source;

	private final List<String> problems;

	public OvfEnvironmentException(String source, String problem) {
		this(source, List.of(problem),
				"OVF environment from %s %s".formatted(Printable.escape(source), Printable.escape(problem)));
	}

	public OvfEnvironmentException(String source, List<String> problems) {
		this(source, problems, "OVF environment from %s has %d problem%s:%n  - %s".formatted(Printable.escape(source),
				problems.size(), (problems.size() == 1) ? "" : "s",
				String.join(System.lineSeparator() + "  - ", problems.stream().map(Printable::escape).toList())));
	}

	// Problems quote values from the document: each is kept on a line of its own, with
	// nothing a terminal or the journal would act on.
	private OvfEnvironmentException(String source, List<String> problems, String message) {
		super(ExitStatus.ENVIRONMENT, message);
		this.source = source;
		this.problems = problems.stream().map(Printable::escape).toList();
	}

	/**
	 * No transport had a document.
	 * @param looked what the transports looked at
	 * @return the exception
	 */
	public static OvfEnvironmentException notFound(String looked) {
		String problem = "No OVF environment found (looked at " + looked + "). Deploy the appliance from the "
				+ "vSphere Client (Administration > Client Plugins > ADD) with the com.vmware.guestInfo transport, "
				+ "or pass --ovf-env FILE";
		return new OvfEnvironmentException("no transport", List.of(problem), problem);
	}

	public String source() {
		return this.source;
	}

	public List<String> problems() {
		return this.problems;
	}

}
