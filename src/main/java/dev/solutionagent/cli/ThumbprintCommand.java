package dev.solutionagent.cli;

import java.util.List;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.tls.CertificateFiles;

/**
 * {@code thumbprint}: the canonical SHA-256 thumbprint of a certificate file.
 */
final class ThumbprintCommand implements Command {

	@Override
	public String name() {
		return "thumbprint";
	}

	@Override
	public String summary() {
		return "Print the SHA-256 thumbprint of a certificate, as server[0].serverThumbprint wants it";
	}

	@Override
	public List<OptionSpec> options() {
		return List.of(RegisterCommand.CERTIFICATE);
	}

	@Override
	public String description() {
		return """
				Prints the SHA-256 digest of the first certificate in a PEM or DER file, upper case and
				colon separated: the form of server[0].serverThumbprint and of ${appliance.thumbprint}.

				Examples:
				  solution-agent thumbprint --certificate examples/plugin-server.pem
				  solution-agent thumbprint --certificate /etc/ssl/certs/plugin-server.crt""";
	}

	@Override
	public ExitStatus run(CommandContext context) {
		var file = context.settings()
			.certificate()
			.orElseThrow(() -> new UsageException("thumbprint needs --certificate FILE (agent.certificate)"));
		context.out().println(CertificateFiles.sha256Thumbprint(file));
		return ExitStatus.OK;
	}

}
