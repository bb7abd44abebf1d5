package dev.solutionagent.cli;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * A command line or setting that cannot be used.
 */
class UsageException extends AgentException {

	UsageException(String message) {
		super(ExitStatus.USAGE, message);
	}

}
