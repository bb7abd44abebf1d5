package dev.solutionagent.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * fails to appear in the vSphere Client. Retries until its own deadline, much shorter
 * than the token window, since the plug-in server may start after the agent; a preflight
 * that fails for good ends the run with {@link ExitStatus#PREFLIGHT_FAILED} and the token
 * unused.
 */
public final class Preflight {

	private static final Logger logger = LoggerFactory.getLogger(Preflight.class);

	private final HttpSettings http;

	private final WindowRetry retry;

	private final Clock clock;

	/**
	 * Create the preflight.
	 * @param http timeouts and User-Agent
	 * @param retry the retry policy, bounded by the preflight's own deadline
	 * @param clock the clock
	 */
	public Preflight(HttpSettings http, WindowRetry retry, Clock clock) {
		this.http = http;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * The preflight's deadline: its own time from now, and never past the token window's.
	 * @param now the current time
	 * @param timeout how long the preflight may retry ({@code agent.preflight.timeout})
	 * @param window the deadline of the registration it precedes, if any
	 * @return the deadline
	 */
	public static Deadline deadline(Instant now, Duration timeout, Optional<Deadline> window) {
		Deadline own = Deadline.after("the preflight's time", now, timeout,
				"agent.preflight.timeout " + Durations.words(timeout) + " from its start");
		return window.map(own::earliest).orElse(own);
	}

	/**
	 * Check every distinct manifest of the extensions.
	 * @param extensions the extensions about to be registered
	 * @return the manifests checked
	 * @throws DeliveryException with {@link ExitStatus#PREFLIGHT_FAILED} when a manifest
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
		PinnedEndpoint pinned = new PinnedEndpoint(manifest, declared.get());
		int[] attempts = { 0 };
		try (PinnedClient client = PinnedClient.create(pinned, this.http)) {
			WindowRetry.Peer server = new WindowRetry.Peer("the plug-in server at " + pinned.peer(),
					Reachability.of(pinned, this.http.probeTimeout()));
			this.retry.run("preflight of " + manifest, Optional.of(server), () -> {
				attempts[0]++;
				Duration left = this.retry.deadline().remaining(this.clock.instant());
				Duration budget = (left.compareTo(this.http.exchangeTimeout()) < 0) ? left
						: this.http.exchangeTimeout();
				Exchange exchange = Exchange.perform(client, budget, Exchange.MAX_MANIFEST,
						(rest) -> rest.get().uri(manifest).accept(MediaType.APPLICATION_JSON));
				Verdict verdict = Outcomes.manifest(exchange, manifest, declared.get());
				if (verdict.isTransient()) {
					throw TransientFailure.of(verdict);
				}
				if (!verdict.isDone()) {
					throw new DeliveryException(verdict.status(),
							"Preflight failed, nothing was sent to vCenter and the token is unused: "
									+ verdict.detail(),
							attempts[0], verdict.httpStatus());
				}
				return verdict;
			});
			logger.info("Preflight passed: {} serves a plug-in manifest over TLS with the declared thumbprint {}",
					manifest, declared.get());
		}
		catch (RetriesExhausted ex) {
			throw new DeliveryException(ExitStatus.PREFLIGHT_FAILED,
					"Preflight failed, nothing was sent to vCenter and the token is unused: the plug-in manifest "
							+ manifest + " could not be fetched: " + ex.getMessage()
							+ ". Start the plug-in server at first boot (or check client[0].url), then run "
							+ "'solution-agent register' again inside the token window, or pass --skip-preflight",
					attempts[0], 0);
		}
	}

}
