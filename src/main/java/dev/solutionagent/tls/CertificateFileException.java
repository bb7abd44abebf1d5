package dev.solutionagent.tls;

import java.nio.file.Path;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;

/**
 * A certificate file that cannot be used.
 */
public class CertificateFileException extends AgentException {

	private final Path file;

	public CertificateFileException(Path file, String problem) {
		super(ExitStatus.USAGE,
				"Certificate file %s %s; give a PEM or DER certificate file (--certificate)".formatted(file, problem));
		this.file = file;
	}

	public Path file() {
		return this.file;
	}

}
