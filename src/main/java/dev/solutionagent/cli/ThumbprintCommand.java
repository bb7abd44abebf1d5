package dev.solutionagent.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
import dev.solutionagent.tls.CertificateFiles;
import dev.solutionagent.tls.PresentedChain;
import dev.solutionagent.tls.Thumbprint;

/**
 * {@code thumbprint}: the canonical SHA-256 thumbprint of a certificate file.
 */
final class ThumbprintCommand implements Command {

	@Override
	public Spec spec() {
		return new Spec("thumbprint",
				"Print the SHA-256 thumbprint of a certificate, as server[0].serverThumbprint wants it",
				List.of(DescriptorOptions.CERTIFICATE, ReportOptions.THUMBPRINT_URL, DeliveryOptions.CONNECT_TIMEOUT),
				Spec.USAGE_ONLY, """
						Prints the SHA-256 digest of the first certificate in a PEM or DER file, upper case and
						colon separated: the form of server[0].serverThumbprint and of ${appliance.thumbprint}.
						With --url it prints the thumbprint of the certificate a server presents; the handshake is
						aborted after the certificate is read, so compare the value out of band before you pin it.

						Examples:
						  solution-agent thumbprint --certificate examples/plugin-server.pem
						  solution-agent thumbprint --certificate /etc/ssl/certs/plugin-server.crt
						  solution-agent thumbprint --url https://vcsa-01.example.com
						  solution-agent thumbprint --url 127.0.0.1:8443""");
	}

	/**
	 * Read what a user types: {@code https://HOST[:PORT]}, or {@code HOST[:PORT]} as
	 * {@code extension --vcenter} takes it.
	 * @param text the server
	 * @return an https URI with a host
	 * @throws UsageException naming the value and the forms taken
	 */
	static URI server(String text) {
		String trimmed = text.strip();
		try {
			URI url = new URI(trimmed.contains("://") ? trimmed : "https://" + trimmed);
			if ("https".equalsIgnoreCase(url.getScheme()) && url.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// Reported below, in the same words as a URL of another scheme.
		}
		throw new UsageException("--url (agent.thumbprint-url) is '%s'; expected https://HOST[:PORT] or HOST:PORT"
			.formatted(Printable.escape(text)));
	}

	@Override
	public ExitStatus run(CommandContext context) {
		AgentSettings settings = context.settings();
		if (settings.report().thumbprintUrl().isPresent()) {
			URI url = server(settings.report().thumbprintUrl().get());
			int port = (url.getPort() != -1) ? url.getPort() : 443;
			List<X509Certificate> chain;
			try {
				chain = PresentedChain.fetch(url.getHost(), port, settings.delivery().http().connectTimeout());
			}
			catch (IOException ex) {
				throw new UsageException(
						"%s:%d cannot be reached (%s); check --url".formatted(url.getHost(), port, ex.getMessage()));
			}
			context.err()
				.printf("%s:%d presented %s (valid until %s); compare the thumbprint out of band%n", url.getHost(),
						port, Printable.escape(chain.get(0).getSubjectX500Principal().getName()),
						chain.get(0).getNotAfter().toInstant());
			context.out().println(Thumbprint.of(chain.get(0), Thumbprint.Algorithm.SHA256));
			return ExitStatus.OK;
		}
		Path file = settings.inputs()
			.certificate()
			.orElseThrow(() -> new UsageException("thumbprint needs --certificate FILE or --url https://HOST[:PORT]"));
		context.out().println(CertificateFiles.sha256Thumbprint(file));
		return ExitStatus.OK;
	}

}
