package dev.solutionagent.delivery;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javax.net.ssl.SSLException;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.Thumbprint;
import org.apache.hc.client5.http.ConnectTimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides what an exchange means: with vCenter's solution-install
 * endpoint, and with the plug-in server in preflight. Pure: the same exchange and history
 * always give the same verdict.
 */
final class Outcomes {

	private Outcomes() {
	}

	/**
	 * Classify one solution-install exchange.
	 * @param exchange the response or failure
	 * @param tokenMayBeSpent whether an earlier attempt may have reached vCenter without
	 * its answer reaching the agent
	 * @param peer the endpoint's host, for messages
	 * @param now the time, for an HTTP-date Retry-After
	 * @return the verdict
	 */
	static Verdict registration(Exchange exchange, boolean tokenMayBeSpent, String peer, Instant now) {
		if (exchange instanceof Exchange.Failure failure) {
			return failure(failure.cause(), peer);
		}
		Exchange.Response response = (Exchange.Response) exchange;
		int status = response.status();
		if (status >= 200 && status < 300) {
			return Verdict.done(status, "%s answered %d".formatted(peer, status));
		}
		String answer = "%s answered %d%s".formatted(peer, status, message(response.body()));
		if (status == 401 || status == 403) {
			if (tokenMayBeSpent) {
				return Verdict.fail(ExitStatus.OUTCOME_UNKNOWN, status,
						"possibly registered: an earlier attempt's "
								+ "response was lost, and the one-time token is now refused (" + answer
								+ "); check Client Plugins in the vSphere Client");
			}
			return Verdict.fail(ExitStatus.TOKEN_REFUSED, status, "the solution-install token was refused or has "
					+ "expired (" + answer + "); redeploy the appliance from Client Plugins to get a new token");
		}
		if (status == 408 || status == 429 || status == 503) {
			// Refused before processing: the token is still unused.
			return Verdict.retry(status, answer, retryAfter(response, now), false);
		}
		if (status == 500 || status == 502 || status == 504) {
			// A proxy error or a crash may come after vCenter processed the request.
			return Verdict.retry(status, answer, retryAfter(response, now), true);
		}
		if (status == 404) {
			// No solution-install API at this URL (vCenter before 8.0 U1, or a mangled
			// endpoint property).
			// Retrying cannot make the API appear, and a 404 does not consume the token.
			return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status, answer + ": vCenter has no solution-install API "
					+ "at this URL (it needs vCenter 8.0 U1 or later); register with 'solution-agent extension register'");
		}
		if (status >= 300 && status < 400) {
			return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status, answer + " redirecting to "
					+ response.location().orElse("nowhere") + "; the token is never sent to a redirect target");
		}
		return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status,
				"vCenter refused the payload: " + answer + "; run 'solution-agent validate' and fix the descriptor");
	}

	/**
	 * Classify one preflight fetch of a plug-in manifest.
	 * @param exchange the response or failure
	 * @param manifest the manifest URL
	 * @param declared the thumbprint {@code server[0].serverThumbprint} declares
	 * @return the verdict
	 */
	static Verdict manifest(Exchange exchange, URI manifest, Thumbprint declared) {
		if (exchange instanceof Exchange.Failure failure) {
			Optional<PinMismatchException> mismatch = find(failure.cause(), PinMismatchException.class);
			if (mismatch.isPresent()) {
				Thumbprint seen = mismatch.get().presentedSha256();
				return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, 0,
						"%s presented a certificate with thumbprint %s, but ".formatted(manifest,
								(seen != null) ? seen : "none") + "server[0].serverThumbprint declares " + declared
								+ "; the vSphere Client would refuse the plug-in. Fix the descriptor or --certificate");
			}
			Verdict verdict = failure(failure.cause(), manifest.getHost());
			return verdict.isTransient() ? verdict
					: Verdict.fail(ExitStatus.PAYLOAD_REFUSED, 0, manifest + ": " + verdict.detail());
		}
		Exchange.Response response = (Exchange.Response) exchange;
		int status = response.status();
		if (status == 404 || status == 408 || status == 429 || status >= 500) {
			// The plug-in server may still be starting, or its web app not yet deployed.
			return Verdict.retry(status, manifest + " answered " + status, Optional.empty(), false);
		}
		if (status < 200 || status >= 300) {
			return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status,
					manifest + " answered " + status + message(response.body())
							+ "; the vSphere Client fetches it without credentials and would get the same");
		}
		try {
			JsonNode json = JsonMapper.shared().readTree(response.body());
			if (json.path("manifestVersion").isString()) {
				return Verdict.done(status,
						manifest + " is a plug-in manifest, version " + json.get("manifestVersion").stringValue());
			}
		}
		catch (JacksonException ex) {
			// Reported below with the rest of the non-manifests.
		}
		return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status,
				manifest + " is not a remote plug-in manifest " + "(JSON with manifestVersion); check client[0].url");
	}

	/**
	 * Classify an exchange that ended without a response.
	 * @param cause the I/O failure
	 * @param peer the host, for messages
	 * @return the verdict
	 */
	static Verdict failure(IOException cause, String peer) {
		Optional<PinMismatchException> mismatch = find(cause, PinMismatchException.class);
		if (mismatch.isPresent()) {
			return Verdict.fail(ExitStatus.TLS, 0, "TLS pin mismatch: " + mismatch.get().getMessage()
					+ "; nothing was sent. Check the thumbprint out of band before trusting this peer");
		}
		if (cause instanceof SSLException) {
			if (find(cause, CertificateException.class).isPresent() || !isDropped(cause)) {
				return Verdict.fail(ExitStatus.TLS, 0,
						"TLS handshake with %s failed: %s".formatted(peer, cause.getMessage()));
			}
			return Verdict.retry(0, "%s closed the connection during the TLS handshake".formatted(peer),
					Optional.empty(), false);
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
				|| cause instanceof ConnectTimeoutException || cause instanceof UnknownHostException) {
			return Verdict.retry(0, "%s cannot be reached (%s)".formatted(peer, describe(cause)), Optional.empty(),
					false);
		}
		if (cause instanceof SocketTimeoutException) {
			return Verdict.retry(0, "%s did not answer in time (%s)".formatted(peer, describe(cause)), Optional.empty(),
					true);
		}
		return Verdict.retry(0,
				"the connection to %s broke after the request was sent (%s)".formatted(peer, describe(cause)),
				Optional.empty(), true);
	}

	static Optional<Duration> retryAfter(Exchange.Response response, Instant now) {
		return response.retryAfter().flatMap((value) -> parseRetryAfter(value, now));
	}

	static Optional<Duration> parseRetryAfter(String value, Instant now) {
		String text = value.strip();
		if (text.matches("\\d{1,6}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The message a JSON error body carries, such as {@code message} or vCenter's
	 * {@code default_message}, else the start of the body.
	 */
	static String message(String body) {
		if (body.isBlank()) {
			return "";
		}
		try {
			JsonNode json = JsonMapper.shared().readTree(body);
			for (String field : new String[] { "message", "default_message", "defaultMessage", "error" }) {
				JsonNode found = json.findValue(field);
				if (found != null && found.isString()) {
					return ": " + found.stringValue();
				}
			}
			if (json.isContainer() && json.isEmpty()) {
				return "";
			}
		}
		catch (JacksonException ex) {
			// Not JSON: quote the start of it.
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return ": " + ((flat.length() > 300) ? flat.substring(0, 300) + "..." : flat);
	}

	private static boolean isDropped(IOException cause) {
		return find(cause, EOFException.class).isPresent() || find(cause, SocketException.class).isPresent()
				|| String.valueOf(cause.getMessage()).contains("terminated the handshake");
	}

	static String describe(Throwable cause) {
		return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
	}

	static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
