package dev.solutionagent.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
import dev.solutionagent.tls.Thumbprint;

import org.springframework.http.HttpHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides what an exchange means: with vCenter's solution-install
 * endpoint, and with the plug-in server in preflight. Failures without an answer are
 * classified by {@link TransportOutcome}. Pure: the same exchange and history always give
 * the same verdict.
 */
final class Outcomes {

	private Outcomes() {
	}

	/**
	 * Classify one solution-install exchange.
	 * @param exchange the answer or failure
	 * @param tokenMayBeSpent whether an earlier attempt may have reached vCenter without
	 * its answer reaching the agent
	 * @param now the time, for an HTTP-date Retry-After
	 * @return the verdict
	 */
	static Verdict registration(Exchange exchange, boolean tokenMayBeSpent, Instant now) {
		if (exchange instanceof Exchange.Failed failed) {
			return failure(TransportOutcome.of(failed.failure()));
		}
		Answer response = ((Exchange.Answered) exchange).answer();
		String peer = ((Exchange.Answered) exchange).peer();
		int status = response.status();
		if (status >= 200 && status < 300) {
			// The status line is the answer; a body that broke off after it changes
			// nothing.
			return Verdict.done(status, "%s answered %d".formatted(peer, status));
		}
		String answer = "%s answered %d%s".formatted(peer, status, message(response.text()));
		if (status == 401 || status == 403) {
			if (tokenMayBeSpent) {
				return Verdict.fail(ExitStatus.OUTCOME_UNKNOWN, status,
						"possibly registered: an earlier attempt may have used the one-time token without its answer "
								+ "arriving, and the token is now refused (" + answer
								+ "); check Client Plugins in the vSphere Client");
			}
			return Verdict.fail(ExitStatus.TOKEN_REFUSED, status, "the solution-install token was refused or has "
					+ "expired (" + answer + "); redeploy the appliance from Client Plugins to get a new token");
		}
		if (status == 408 || status == 429 || status == 503) {
			// Refused before processing: the token is still unused.
			return Verdict.retry(status, answer, retryAfter(response, now), false, true);
		}
		if (status == 500 || status == 502 || status == 504) {
			// A proxy error or a crash may come after vCenter processed the request.
			return Verdict.retry(status, answer, retryAfter(response, now), true, true);
		}
		if (status == 404) {
			// No solution-install API at this URL (vCenter before 8.0 U1, or a mangled
			// endpoint property). Retrying cannot make the API appear, and a 404 does not
			// consume the token.
			return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status, answer + ": vCenter has no solution-install API "
					+ "at this URL (it needs vCenter 8.0 U1 or later); register with 'solution-agent extension register'");
		}
		if (status >= 300 && status < 400) {
			return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status,
					answer + " redirecting to "
							+ Printable.escape(response.header(HttpHeaders.LOCATION).orElse("nowhere"))
							+ "; the token is never sent to a redirect target");
		}
		return Verdict.fail(ExitStatus.PAYLOAD_REFUSED, status,
				"vCenter refused the payload: " + answer + "; run 'solution-agent validate' and fix the descriptor");
	}

	/**
	 * Classify one preflight fetch of a plug-in manifest.
	 * @param exchange the answer or failure
	 * @param manifest the manifest URL
	 * @param declared the thumbprint {@code server[0].serverThumbprint} declares
	 * @return the verdict
	 */
	static Verdict manifest(Exchange exchange, URI manifest, Thumbprint declared) {
		if (exchange instanceof Exchange.Failed failed) {
			TransportOutcome outcome = TransportOutcome.of(failed.failure());
			if (outcome.kind() == TransportOutcome.Kind.PIN_MISMATCH) {
				Thumbprint seen = outcome.mismatch().get().presentedSha256();
				return Verdict.fail(ExitStatus.PREFLIGHT_FAILED, 0,
						"%s presented a leaf certificate with thumbprint %s, but ".formatted(manifest,
								(seen != null) ? seen : "none") + "server[0].serverThumbprint declares " + declared
								+ "; the vSphere Client would refuse the plug-in. Fix the descriptor or --certificate");
			}
			Verdict verdict = failure(outcome);
			return verdict.isTransient() ? verdict
					: Verdict.fail(ExitStatus.PREFLIGHT_FAILED, 0, manifest + ": " + verdict.detail());
		}
		Answer response = ((Exchange.Answered) exchange).answer();
		int status = response.status();
		if (status == 404 || status == 408 || status == 429 || status >= 500) {
			// The plug-in server may still be starting, or its web app not yet deployed.
			return Verdict.retry(status, manifest + " answered " + status, Optional.empty(), false, true);
		}
		if (status < 200 || status >= 300) {
			return Verdict.fail(ExitStatus.PREFLIGHT_FAILED, status,
					manifest + " answered " + status + message(response.text())
							+ "; the vSphere Client fetches it without credentials and would get the same");
		}
		if (response.truncated()) {
			return Verdict.fail(ExitStatus.PREFLIGHT_FAILED, status, manifest + " is larger than the "
					+ Exchange.MAX_MANIFEST + " bytes a plug-in manifest may have here; check client[0].url");
		}
		if (response.bodyFailure() != null) {
			return Verdict.retry(status, manifest + " answered " + status + " but its body broke off ("
					+ TransportOutcome.describe(response.bodyFailure()) + ")", Optional.empty(), false, true);
		}
		try {
			JsonNode json = JsonMapper.shared().readTree(response.body());
			if (json.path("manifestVersion").isString()) {
				return Verdict.done(status, manifest + " is a plug-in manifest, version "
						+ Printable.escape(json.get("manifestVersion").stringValue()));
			}
		}
		catch (JacksonException ex) {
			// Reported below with the rest of the non-manifests.
		}
		return Verdict.fail(ExitStatus.PREFLIGHT_FAILED, status,
				manifest + " is not a remote plug-in manifest (JSON with manifestVersion); check client[0].url");
	}

	/**
	 * What an exchange without an answer means for an attempt: a pin mismatch or another
	 * TLS failure ends the run (nothing was sent); anything else is worth another
	 * attempt.
	 * @param outcome the classified failure
	 * @return the verdict
	 */
	static Verdict failure(TransportOutcome outcome) {
		return switch (outcome.kind()) {
			case PIN_MISMATCH -> Verdict.fail(ExitStatus.TLS, 0,
					outcome.detail() + ". Check the thumbprint out of band before trusting this peer");
			case TLS_FAILURE -> Verdict.fail(ExitStatus.TLS, 0, outcome.detail());
			case NOT_REACHED -> Verdict.retry(0, outcome.detail(), Optional.empty(), false, false);
			case ANSWER_LOST -> Verdict.retry(0, outcome.detail(), Optional.empty(), true, true);
		};
	}

	static Optional<Duration> retryAfter(Answer response, Instant now) {
		return response.header(HttpHeaders.RETRY_AFTER).flatMap((value) -> parseRetryAfter(value, now));
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
		catch (DateTimeParseException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The message a JSON error body carries, such as {@code message} or vCenter's
	 * {@code default_message}, else the start of the body; control characters escaped, so
	 * that a server cannot forge a log line or drive a terminal.
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
					return ": " + shorten(found.stringValue());
				}
			}
			if (json.isContainer() && json.isEmpty()) {
				return "";
			}
		}
		catch (JacksonException ex) {
			// Not JSON: quote the start of it.
		}
		return ": " + shorten(body.strip().replaceAll("\\s+", " "));
	}

	private static String shorten(String text) {
		String escaped = Printable.escape(text);
		return (escaped.length() > 300) ? escaped.substring(0, 300) + "..." : escaped;
	}

}
