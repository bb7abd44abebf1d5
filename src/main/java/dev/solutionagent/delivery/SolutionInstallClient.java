package dev.solutionagent.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Payload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;

/**
 * POSTs the payload to vCenter's solution-install endpoint over TLS pinned to
 * {@code postDeployData.thumbprint}, retrying transient failures inside the token window.
 * Each attempt is one exchange under one deadline that never outlasts the token.
 */
public final class SolutionInstallClient {

	/** The header that carries the one-time token. */
	public static final String TOKEN_HEADER = "solution-install-token";

	private static final Logger logger = LoggerFactory.getLogger(SolutionInstallClient.class);

	private final HttpSettings http;

	private final WindowRetry retry;

	private final TokenWindow window;

	private final Clock clock;

	/**
	 * Create the client.
	 * @param http timeouts and User-Agent
	 * @param retry the retry policy, bounded by the token window's deadline
	 * @param window the token window, whose expiry bounds every exchange
	 * @param clock the clock
	 */
	public SolutionInstallClient(HttpSettings http, WindowRetry retry, TokenWindow window, Clock clock) {
		this.http = http;
		this.retry = retry;
		this.window = window;
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
	 * @param earlierRunMaySpend whether an earlier run stopped after sending, so that a
	 * refused token may mean the plug-in is registered
	 * @return what vCenter answered
	 * @throws DeliveryException with the exit status of a failure that is final
	 */
	public DeliveryResult register(SolutionInstallContext context, Payload payload, boolean earlierRunMaySpend) {
		// The token is only ever sent over https: a pinned endpoint is nothing else.
		PinnedEndpoint pinned = new PinnedEndpoint(context.endpoint(), context.pin());
		URI endpoint = pinned.uri();
		String peer = pinned.peer();
		Attempts attempts = new Attempts(earlierRunMaySpend);
		try (PinnedClient client = PinnedClient.create(pinned, this.http)) {
			WindowRetry.Peer vcenter = new WindowRetry.Peer("vCenter at " + peer,
					Reachability.of(pinned, this.http.probeTimeout()));
			Verdict verdict = this.retry.run("solution install", Optional.of(vcenter), () -> {
				Instant now = this.clock.instant();
				logger.info("Attempt {}: POST {} ({} shape, {} bytes), {} left in the token window",
						attempts.size() + 1, endpoint, payload.shape(), payload.body().length,
						Durations.words(this.retry.deadline().remaining(now)));
				Exchange exchange = Exchange.perform(client, budget(now), Exchange.MAX_ANSWER,
						(rest) -> rest.post()
							.uri(endpoint)
							.header(TOKEN_HEADER, context.token().reveal())
							.contentType(MediaType.APPLICATION_JSON)
							.accept(MediaType.APPLICATION_JSON)
							.body(payload.body()));
				Verdict outcome = Outcomes.registration(exchange, attempts.tokenMayBeSpent(), now);
				attempts.add(outcome);
				if (outcome.isTransient()) {
					throw TransientFailure.of(outcome);
				}
				if (!outcome.isDone()) {
					throw new DeliveryException(outcome.status(), outcome.detail(), attempts.size(),
							outcome.httpStatus());
				}
				return outcome;
			});
			logger.info("Registered on attempt {}: {}", attempts.size(), verdict.detail());
			return new DeliveryResult(verdict.httpStatus(), attempts.size(), verdict.detail());
		}
		catch (RetriesExhausted ex) {
			if (attempts.tokenMayBeSpent()) {
				throw new DeliveryException(ExitStatus.OUTCOME_UNKNOWN,
						"possibly registered: " + attempts.account() + ", so vCenter may have used the one-time token "
								+ "without the agent learning it; " + ex.getMessage()
								+ ". Check Client Plugins in the vSphere Client",
						attempts.size(), attempts.lastStatus());
			}
			throw new DeliveryException(ExitStatus.WINDOW_CLOSED,
					"not registered: " + ex.getMessage() + ". Check that the appliance reaches " + peer
							+ " (DNS, routes, firewalls), then redeploy the appliance from Client Plugins to get "
							+ "a new token",
					attempts.size(), attempts.lastStatus());
		}
	}

	// One exchange may take the connect and read timeouts together, and never outlast the
	// token: an answer after it expired could not be acted on.
	private Duration budget(Instant now) {
		Duration untilExpiry = Duration.between(now, this.window.expiry());
		Duration budget = this.http.exchangeTimeout();
		return (untilExpiry.compareTo(budget) < 0) ? untilExpiry : budget;
	}

	// What each attempt got, for a final message that tells what really happened.
	private static final class Attempts {

		private final boolean earlierRun;

		private final List<Verdict> verdicts = new ArrayList<>();

		Attempts(boolean earlierRun) {
			this.earlierRun = earlierRun;
		}

		void add(Verdict verdict) {
			this.verdicts.add(verdict);
		}

		int size() {
			return this.verdicts.size();
		}

		boolean tokenMayBeSpent() {
			return this.earlierRun || this.verdicts.stream().anyMatch(Verdict::mayHaveConsumedToken);
		}

		int lastStatus() {
			for (int i = this.verdicts.size() - 1; i >= 0; i--) {
				if (this.verdicts.get(i).httpStatus() != 0) {
					return this.verdicts.get(i).httpStatus();
				}
			}
			return 0;
		}

		String account() {
			List<String> facts = new ArrayList<>();
			if (this.earlierRun) {
				facts.add("an earlier run stopped after sending, or lost its answer");
			}
			long lost = this.verdicts.stream().filter((v) -> v.httpStatus() == 0 && v.mayHaveConsumedToken()).count();
			long answered = this.verdicts.stream().filter((v) -> v.httpStatus() != 0).count();
			List<Integer> spending = this.verdicts.stream()
				.filter((v) -> v.httpStatus() != 0 && v.mayHaveConsumedToken())
				.map(Verdict::httpStatus)
				.distinct()
				.toList();
			if (lost > 0) {
				facts.add("%d of %d attempts sent the request and got no answer".formatted(lost, size()));
			}
			if (answered > 0) {
				facts.add("%d answered, the last with HTTP %d".formatted(answered, lastStatus()));
			}
			if (!spending.isEmpty()) {
				facts.add("HTTP " + spending.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).get()
						+ " may come after vCenter processed the request");
			}
			return String.join("; ", facts);
		}

	}

}
