package dev.solutionagent.cli;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.tls.PresentedChain;
import dev.solutionagent.tls.Thumbprint;
import dev.solutionagent.vim.Credentials;
import dev.solutionagent.vim.VimClient;
import dev.solutionagent.vim.VimEndpoint;
import dev.solutionagent.vim.VimException;

/**
 * Opens a vim25 session for the extension commands: the endpoint, then the pin (failing
 * closed, with the presented thumbprint for the administrator to compare), then the
 * credentials, then Login. The pin is settled before anyone is asked for a password.
 */
final class VcenterAccess {

	/** The settings of every command that logs in to vCenter. */
	static final List<Setting<?>> OPTIONS = Options.concat(VcenterOptions.ALL, DeliveryOptions.HTTP);

	/** What every command that logs in to vCenter may end with. */
	static final List<ExitStatus> EXIT_CODES = List.of(ExitStatus.OK, ExitStatus.USAGE, ExitStatus.TOKEN_REFUSED,
			ExitStatus.PAYLOAD_REFUSED, ExitStatus.WINDOW_CLOSED, ExitStatus.NOT_REGISTERED, ExitStatus.TLS);

	private VcenterAccess() {
	}

	static VimEndpoint endpoint(VcenterOptions.Connection settings) {
		return settings.vcenter()
			.orElseThrow(() -> new UsageException(
					"no vCenter given; pass --vcenter https://HOST/sdk (agent.vcenter.url, AGENT_VCENTER_URL)"));
	}

	/**
	 * Log in.
	 * @param context the settings
	 * @param prompt asks for missing credentials on a terminal
	 * @return the session; close it to log out
	 */
	static VimClient open(CommandContext context, CredentialSources.Prompt prompt) {
		VcenterOptions.Connection settings = context.settings().vcenter();
		VimEndpoint endpoint = endpoint(settings);
		Thumbprint pin = pin(settings, endpoint, context);
		Credentials credentials = CredentialSources.resolve(settings, prompt, endpoint.peer());
		return VimClient.login(endpoint, pin, context.settings().delivery().http(), credentials);
	}

	/**
	 * The pin. Without one nothing is trusted: the certificate vCenter presents is read
	 * (the handshake aborted, nothing sent) and its thumbprint shown in the error, as
	 * govc does, for the administrator to compare with the vCenter's own.
	 */
	private static Thumbprint pin(VcenterOptions.Connection settings, VimEndpoint endpoint, CommandContext context) {
		if (settings.pin().isPresent()) {
			return settings.pin().get();
		}
		List<X509Certificate> chain;
		try {
			chain = PresentedChain.fetch(endpoint.host().replace("[", "").replace("]", ""), endpoint.port(),
					context.settings().delivery().http().connectTimeout());
		}
		catch (IOException ex) {
			throw new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, endpoint.peer(),
					"vCenter %s cannot be reached (%s); check --vcenter and the network".formatted(endpoint.peer(),
							ex.getMessage()));
		}
		Thumbprint presented = Thumbprint.of(chain.get(0), Thumbprint.Algorithm.SHA256);
		throw new VimException.Tls(endpoint.peer(), ("no --vcenter-thumbprint is given, and solution-agent trusts "
				+ "no certificate it was not told about. vCenter %s presented a certificate with SHA-256 thumbprint "
				+ "%s (subject %s, valid until %s). Compare it with the thumbprint on the vCenter appliance's console "
				+ "(out of band), then pass --vcenter-thumbprint %s")
			.formatted(endpoint.peer(), presented, chain.get(0).getSubjectX500Principal().getName(),
					chain.get(0).getNotAfter().toInstant(), presented),
				Optional.of(presented));
	}

}
