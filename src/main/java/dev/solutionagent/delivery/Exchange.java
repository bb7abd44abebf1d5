package dev.solutionagent.delivery;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.web.client.RestClient;

/**
 * What one bounded exchange gave: an answer, or the failure that stopped it.
 */
sealed interface Exchange permits Exchange.Answered, Exchange.Failed {

	/**
	 * The most of a solution-install answer the agent reads: they are small JSON
	 * documents.
	 */
	int MAX_ANSWER = 64 * 1024;

	/** The most of a plug-in manifest the preflight reads. */
	int MAX_MANIFEST = 1024 * 1024;

	/**
	 * Run one exchange.
	 * @param client the pinned client
	 * @param budget the exchange's deadline
	 * @param maxBody the most of the body that is read
	 * @param request the request
	 * @return the answer or the failure
	 */
	static Exchange perform(PinnedClient client, Duration budget, int maxBody,
			Function<RestClient, RestClient.RequestHeadersSpec<?>> request) {
		try {
			return new Answered(client.peer(), client.exchange(budget, maxBody, request));
		}
		catch (ExchangeFailure failure) {
			return new Failed(failure);
		}
	}

	/**
	 * An exchange that got an answer.
	 *
	 * @param peer the host and port that answered, for messages
	 * @param answer the answer
	 */
	record Answered(String peer, Answer answer) implements Exchange {

	}

	/**
	 * An exchange that ended without an answer.
	 *
	 * @param failure the failure
	 */
	record Failed(ExchangeFailure failure) implements Exchange {

	}

}
