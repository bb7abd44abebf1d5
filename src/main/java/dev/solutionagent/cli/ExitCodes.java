package dev.solutionagent.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
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
		err.println(JournalStream.prefix(Priority.ERROR) + "solution-agent: " + printable(message(failure, status)));
		if (stacktrace) {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			err.print(JournalStream.standardError() ? Priority.ERROR.prefixLines(trace.toString()) : trace);
		}
		return status;
	}

	// Text from outside is escaped where a message is composed; this is the net behind
	// that. No control character reaches the terminal, and the line breaks of a message
	// that lists problems stay, but every further line is indented, so that none can pass
	// for a line of its own in the journal.
	static String printable(String message) {
		String[] lines = String.valueOf(message).lines().map(Printable::escape).toArray(String[]::new);
		for (int i = 1; i < lines.length; i++) {
			lines[i] = lines[i].startsWith(" ") ? lines[i] : "  " + lines[i];
		}
		return String.join(System.lineSeparator(), lines);
	}

	private static String message(Throwable failure, ExitStatus status) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AgentException) {
				return cause.getMessage();
			}
			if (cause instanceof BindException bind) {
				return SettingValues.unreadable(bind);
			}
		}
		return "internal error (%s: %s); rerun with --stacktrace and report it"
			.formatted(failure.getClass().getSimpleName(), failure.getMessage());
	}

}
