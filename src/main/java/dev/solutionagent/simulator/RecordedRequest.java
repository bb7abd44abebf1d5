package dev.solutionagent.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.solutionagent.environment.Secret;

/**
 * One request the simulator received, in arrival order. The token header's value is
 * replaced by a redaction marker in {@link #headers()}; only {@link #presentedToken()}
 * holds it.
 *
 * @param receivedAt when, by the simulator's clock
 * @param method the HTTP method
 * @param uri the request URI (path and query)
 * @param headers the headers, names case-insensitive, token redacted
 * @param body the body bytes (at most 1 MiB are kept)
 * @param presentedToken the {@code solution-install-token} header value, if sent
 */
public record RecordedRequest(Instant receivedAt, String method, URI uri, Map<String, List<String>> headers,
		byte[] body, Optional<Secret> presentedToken) {

	public RecordedRequest {
		TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		headers = Collections.unmodifiableMap(copy);
		body = body.clone();
	}

	public String path() {
		return this.uri.getPath();
	}

	/**
	 * The first value of a header.
	 * @param name the header name, any case
	 * @return the value, redacted for the token header
	 */
	public Optional<String> header(String name) {
		return Optional.ofNullable(this.headers.get(name)).flatMap((values) -> values.stream().findFirst());
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordedRequest that && this.receivedAt.equals(that.receivedAt)
				&& this.method.equals(that.method) && this.uri.equals(that.uri) && this.headers.equals(that.headers)
				&& Arrays.equals(this.body, that.body) && this.presentedToken.equals(that.presentedToken);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.body) + this.uri.hashCode();
	}

	@Override
	public String toString() {
		return "%s %s (%d bytes)".formatted(this.method, this.uri, this.body.length);
	}

}
