package dev.solutionagent.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.logging.JournalStream;
import dev.solutionagent.logging.Priority;

import org.springframework.boot.context.properties.bind.BindException;

/**
 * The one funnel from a command's failure to an exit code and the line the user reads.
 */
final class ExitCodes {

	private ExitCodes() {
	}

	/**
	 * Classify a failure.
	 * @param failure what a command threw
	 * @return its exit status
	 */
	static ExitStatus statusOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AgentException agentException) {
				return agentException.status();
			}
			if (cause instanceof BindException) {
				return ExitStatus.USAGE;
			}
		}
		return ExitStatus.INTERNAL_ERROR;
	}

	/**
	 * Print a failure as one message, a stack trace only when asked, and classify it.
	 * @param failure what a command threw
	 * @param err standard error
	 * @param stacktrace whether to print the stack trace
	 * @return the exit status
	 */
	static ExitStatus report(Throwable failure, PrintStream err, boolean stacktrace) {
		ExitStatus status = statusOf(failure);
		// In the journal, the run's last word is an error-level line (journalctl -p err).
		err.println(JournalStream.prefix(Priority.ERROR) + "solution-agent: " + message(failure, status));
		if (stacktrace) {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			err.print(JournalStream.standardError() ? Priority.ERROR.prefixLines(trace.toString()) : trace);
		}
		return status;
	}

	private static String message(Throwable failure, ExitStatus status) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AgentException) {
				return cause.getMessage();
			}
			if (cause instanceof BindException bind) {
				return "setting %s cannot be used (%s); fix the option, environment variable or application.yml"
					.formatted(bind.getName(),
							(bind.getCause() != null) ? bind.getCause().getMessage() : bind.getMessage());
			}
		}
		return "internal error (%s: %s); rerun with --stacktrace and report it"
			.formatted(failure.getClass().getSimpleName(), failure.getMessage());
	}

}
