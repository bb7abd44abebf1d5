package dev.solutionagent.simulator;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * The simulator cannot start, or cannot write a file it was asked for: a configuration
 * problem (exit 2) such as a port in use or a directory that does not exist.
 */
public class SimulatorException extends AgentException {

	public SimulatorException(String message, Throwable cause) {
		super(ExitStatus.USAGE, message, cause);
	}

}
