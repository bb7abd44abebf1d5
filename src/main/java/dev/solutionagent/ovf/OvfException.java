package dev.solutionagent.ovf;

import java.nio.file.Path;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * An OVF descriptor, manifest or ProductSection template that prepare-ovf cannot use, or
 * a value it cannot put into one. A build-time configuration error.
 */
public class OvfException extends AgentException {

	private final String source;

	public OvfException(Path file, String problem) {
		this(file.toString(), problem);
	}

	public OvfException(String source, String problem) {
		super(ExitStatus.USAGE, source + ": " + problem);
		this.source = source;
	}

	/**
	 * The file or value at fault.
	 * @return for example the path of the .ovf
	 */
	public String source() {
		return this.source;
	}

}
