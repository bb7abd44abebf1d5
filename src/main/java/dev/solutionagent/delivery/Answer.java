package dev.solutionagent.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * What a peer answered: the status line and headers, and as much of the body as the cap
 * allows. A body that breaks off does not undo the status line: a 2xx that arrived is an
 * answer, whatever happened to the bytes after it.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body, at most the cap
 * @param truncated whether the peer sent more than the cap
 * @param bodyFailure why the body broke off, or {@code null} when it was read to its end
 * (or to the cap)
 */
public record Answer(int status, HttpHeaders headers, byte[] body, boolean truncated,
		@Nullable IOException bodyFailure) {

	/**
	 * Read a response, the body up to a cap.
	 * @param response the response
	 * @param maxBody the most of the body that is read
	 * @return the answer
	 * @throws IOException when not even the status line could be read
	 */
	static Answer read(ClientHttpResponse response, int maxBody) throws IOException {
		int status = response.getStatusCode().value();
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(response.getHeaders());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		boolean truncated = false;
		IOException failure = null;
		try {
			InputStream in = response.getBody();
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer, 0, Math.min(buffer.length, maxBody + 1 - body.size()))) > 0) {
				body.write(buffer, 0, read);
				if (body.size() > maxBody) {
					truncated = true;
					break;
				}
			}
		}
		catch (IOException ex) {
			failure = ex;
		}
		byte[] bytes = body.toByteArray();
		return new Answer(status, headers, truncated ? Arrays.copyOf(bytes, maxBody) : bytes, truncated, failure);
	}

	Answer withBodyFailure(IOException failure) {
		return new Answer(this.status, this.headers, this.body, this.truncated, failure);
	}

	/**
	 * The body as UTF-8 text.
	 * @return the text
	 */
	public String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * A header's first value.
	 * @param name the header name
	 * @return the value, empty when absent
	 */
	public Optional<String> header(String name) {
		return Optional.ofNullable(this.headers.getFirst(name));
	}

	/**
	 * Every value of a header.
	 * @param name the header name
	 * @return the values, empty when absent
	 */
	public List<String> headerValues(String name) {
		List<String> values = this.headers.get(name);
		return (values != null) ? List.copyOf(values) : List.of();
	}

}
