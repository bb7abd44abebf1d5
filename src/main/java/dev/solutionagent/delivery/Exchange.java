package dev.solutionagent.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;

/**
 * What one HTTP exchange gave: a response, or the I/O failure that stopped it.
 */
sealed interface Exchange permits Exchange.Response, Exchange.Failure {

	/** The most of a response body the agent reads: answers are small JSON documents. */
	int MAX_BODY = 64 * 1024;

	/**
	 * Run one exchange, catching the I/O failure RestClient wraps.
	 * @param call the exchange
	 * @return the response or the failure
	 */
	static Exchange perform(Supplier<Response> call) {
		try {
			return call.get();
		}
		catch (ResourceAccessException ex) {
			return new Failure((ex.getCause() instanceof IOException io) ? io : new IOException(ex.getMessage(), ex));
		}
	}

	/**
	 * Read a response into a value, body capped.
	 * @param response the response
	 * @return the response
	 * @throws IOException when the body cannot be read
	 */
	static Response read(ClientHttpResponse response) throws IOException {
		byte[] body = response.getBody().readNBytes(MAX_BODY);
		return new Response(response.getStatusCode().value(), new String(body, StandardCharsets.UTF_8),
				Optional.ofNullable(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)),
				Optional.ofNullable(response.getHeaders().getFirst(HttpHeaders.LOCATION)));
	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param body the body, at most {@link #MAX_BODY} bytes
	 * @param retryAfter the Retry-After header
	 * @param location the Location header (never followed)
	 */
	record Response(int status, String body, Optional<String> retryAfter,
			Optional<String> location) implements Exchange {

	}

	/**
	 * An exchange that ended without a response.
	 *
	 * @param cause the I/O failure
	 */
	record Failure(IOException cause) implements Exchange {

	}

}
