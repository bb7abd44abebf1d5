package dev.solutionagent.delivery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.extension.Extension;
import dev.solutionagent.tls.Thumbprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;

/**
 * Fetches each plug-in manifest ({@code client[0].url}) pinned to
 * {@code server[0].serverThumbprint} before the one-time token is spent: a wrong
 * thumbprint or an unreachable manifest is the commonest reason a remote plug-in silently
 * fails to appear in the vSphere Client. Retries inside the token window, since the
 * plug-in server may start after the agent.
 */
public final class Preflight {

	private static final Logger logger = LoggerFactory.getLogger(Preflight.class);

	private final HttpSettings http;

	private final WindowRetry retry;

	public Preflight(HttpSettings http, WindowRetry retry) {
		this.http = http;
		this.retry = retry;
	}

	/**
	 * Check every distinct manifest of the extensions.
	 * @param extensions the extensions about to be registered
	 * @return the manifests checked
	 * @throws DeliveryException with {@link ExitStatus#PAYLOAD_REFUSED} when a manifest
	 * is not served as declared
	 */
	public List<URI> check(List<Extension> extensions) {
		Map<URI, Optional<Thumbprint>> manifests = new LinkedHashMap<>();
		extensions.forEach((e) -> manifests.putIfAbsent(URI.create(e.manifestUrl()), e.serverThumbprint()));
		manifests.forEach(this::check);
		return List.copyOf(manifests.keySet());
	}

	private void check(URI manifest, Optional<Thumbprint> declared) {
		if (!"https".equalsIgnoreCase(manifest.getScheme()) || declared.isEmpty()) {
			logger.warn("Preflight skipped for {}: only https manifests with a serverThumbprint can be checked",
					manifest);
			return;
		}
		String peer = manifest.getHost() + ((manifest.getPort() != -1) ? ":" + manifest.getPort() : "");
		int[] attempts = { 0 };
		try (PinnedClient client = PinnedClient.create(declared.get(), peer, this.http)) {
			this.retry.run("preflight of " + manifest, () -> {
				attempts[0]++;
				Exchange exchange = Exchange.perform(() -> client.rest()
					.get()
					.uri(manifest)
					.accept(MediaType.APPLICATION_JSON)
					.exchange((request, response) -> Exchange.read(response)));
				Verdict verdict = Outcomes.manifest(exchange, manifest, declared.get());
				if (verdict.isTransient()) {
					throw new TransientFailure(verdict.detail(), verdict.retryAfter(), false);
				}
				if (!verdict.isDone()) {
					throw new DeliveryException(ExitStatus.PAYLOAD_REFUSED,
							"Preflight failed, nothing was sent to " + "vCenter: " + verdict.detail(), attempts[0],
							verdict.httpStatus());
				}
				return verdict;
			});
			logger.info("Preflight passed: {} serves a plug-in manifest over TLS with the declared thumbprint {}",
					manifest, declared.get());
		}
		catch (RetriesExhausted ex) {
			throw new DeliveryException(ExitStatus.PAYLOAD_REFUSED,
					"Preflight failed, nothing was sent to vCenter: " + "the plug-in manifest " + manifest
							+ " could not be fetched: " + ex.getMessage()
							+ ". Start the plug-in server at first boot, or pass --skip-preflight",
					attempts[0], 0);
		}
	}

}
