package dev.solutionagent.delivery;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Payload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;

/**
 * POSTs the payload to vCenter's solution-install endpoint over TLS pinned to
 * {@code postDeployData.thumbprint}, retrying transient failures inside the token window.
 */
public final class SolutionInstallClient {

	/** The header that carries the one-time token. */
	public static final String TOKEN_HEADER = "solution-install-token";

	private static final Logger logger = LoggerFactory.getLogger(SolutionInstallClient.class);

	private final HttpSettings http;

	private final WindowRetry retry;

	private final Clock clock;

	public SolutionInstallClient(HttpSettings http, WindowRetry retry, Clock clock) {
		this.http = http;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * Register the payload.
	 * @param context the endpoint, pin and token
	 * @param payload the body
	 * @return what vCenter answered
	 * @throws DeliveryException with the exit status of a failure that is final
	 */
	public DeliveryResult register(SolutionInstallContext context, Payload payload) {
		return register(context, payload, false);
	}

	/**
	 * Register the payload after an earlier run that may have spent the token.
	 * @param context the endpoint, pin and token
	 * @param payload the body
	 * @param tokenMayBeSpent whether an earlier run stopped after sending, so that a
	 * refused token may mean the plug-in is registered
	 * @return what vCenter answered
	 * @throws DeliveryException with the exit status of a failure that is final
	 */
	public DeliveryResult register(SolutionInstallContext context, Payload payload, boolean tokenMayBeSpent) {
		URI endpoint = context.endpoint();
		if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
			throw new IllegalStateException("the token is only ever sent over https, not to " + endpoint);
		}
		String peer = endpoint.getHost() + ((endpoint.getPort() != -1) ? ":" + endpoint.getPort() : "");
		AtomicInteger attempts = new AtomicInteger();
		AtomicBoolean spent = new AtomicBoolean(tokenMayBeSpent);
		try (PinnedClient client = PinnedClient.create(context.pin(), peer, this.http)) {
			Verdict verdict = this.retry.run("solution install", () -> {
				int attempt = attempts.incrementAndGet();
				logger.info("Attempt {}: POST {} ({} shape, {} bytes), {} left in the token window", attempt, endpoint,
						payload.shape(), payload.body().length,
						Durations.words(this.retry.window().remaining(this.clock.instant())));
				Exchange exchange = Exchange.perform(() -> client.rest()
					.post()
					.uri(endpoint)
					.header(TOKEN_HEADER, context.token().reveal())
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.body(payload.body())
					.exchange((request, response) -> Exchange.read(response)));
				Verdict outcome = Outcomes.registration(exchange, spent.get(), peer, this.clock.instant());
				if (outcome.isTransient()) {
					spent.compareAndSet(false, outcome.mayHaveConsumedToken());
					throw new TransientFailure(outcome.detail(), outcome.retryAfter(), outcome.mayHaveConsumedToken());
				}
				if (!outcome.isDone()) {
					throw new DeliveryException(outcome.status(), outcome.detail(), attempt, outcome.httpStatus());
				}
				return outcome;
			});
			logger.info("Registered on attempt {}: {}", attempts.get(), verdict.detail());
			return new DeliveryResult(verdict.httpStatus(), attempts.get(), verdict.detail());
		}
		catch (RetriesExhausted ex) {
			if (spent.get()) {
				throw new DeliveryException(ExitStatus.OUTCOME_UNKNOWN,
						"possibly registered: an earlier attempt's "
								+ "response was lost and no later attempt got an answer; " + ex.getMessage()
								+ ". Check Client Plugins in the vSphere Client",
						attempts.get(), 0);
			}
			throw new DeliveryException(ExitStatus.WINDOW_CLOSED, "not registered: " + ex.getMessage()
					+ ". Redeploy the appliance from Client Plugins to get a new token", attempts.get(), 0);
		}
	}

}
