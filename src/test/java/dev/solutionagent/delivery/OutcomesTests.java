package dev.solutionagent.delivery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.Thumbprint;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@ParameterizedTest
	@CsvSource({ "200, false, OK, false, false", "201, false, OK, false, false",
			"400, false, PAYLOAD_REFUSED, false, false", "422, false, PAYLOAD_REFUSED, false, false",
			"404, false, PAYLOAD_REFUSED, false, false", "409, false, PAYLOAD_REFUSED, false, false",
			"302, false, PAYLOAD_REFUSED, false, false", "401, false, TOKEN_REFUSED, false, false",
			"403, false, TOKEN_REFUSED, false, false", "401, true, OUTCOME_UNKNOWN, false, false",
			"403, true, OUTCOME_UNKNOWN, false, false", "408, false, WINDOW_CLOSED, true, false",
			"429, false, WINDOW_CLOSED, true, false", "503, false, WINDOW_CLOSED, true, false",
			"500, false, WINDOW_CLOSED, true, true", "502, false, WINDOW_CLOSED, true, true",
			"504, false, WINDOW_CLOSED, true, true", "501, false, PAYLOAD_REFUSED, false, false" })
	void registrationWhenStatusThenVerdict(int status, boolean spent, ExitStatus exit, boolean retry,
			boolean mayConsume) {
		Verdict verdict = Outcomes.registration(response(status, "{\"message\": \"m\"}"), spent, NOW);
		assertThat(verdict.isTransient()).isEqualTo(retry);
		assertThat(verdict.mayHaveConsumedToken()).isEqualTo(mayConsume);
		if (!retry) {
			assertThat(verdict.status()).isEqualTo(exit);
		}
		assertThat(verdict.httpStatus()).isEqualTo(status);
	}

	@Test
	void registrationWhenRefusedThenMessageOfTheBodyQuoted() {
		assertThat(Outcomes.registration(response(400, "{\"message\": \"key is invalid\"}"), false, NOW).detail())
			.isEqualTo(
					"vCenter refused the payload: vc answered 400: key is invalid; run 'solution-agent validate' and fix the descriptor");
		assertThat(Outcomes
			.message("{\"error_type\": \"INVALID_ARGUMENT\", \"messages\": [{\"default_message\": \"bad\"}]}"))
			.isEqualTo(": bad");
		assertThat(Outcomes.message("<html>\n  Bad   gateway</html>")).isEqualTo(": <html> Bad gateway</html>");
		assertThat(Outcomes.message("")).isEmpty();
	}

	@Test
	void registrationWhenLostResponseThenNextRefusalIsPossiblyRegistered() {
		assertThat(Outcomes.registration(response(401, ""), true, NOW).detail())
			.startsWith("possibly registered: an earlier attempt may have used the one-time token");
	}

	@Test
	void failureWhenNotConnectedThenRetryWithTokenUnspentAndPeerNotReached() {
		for (IOException cause : List.of(new ConnectException("refused"), new UnknownHostException("vc"),
				new org.apache.hc.client5.http.ConnectTimeoutException("connect timed out"),
				new SocketTimeoutException("Read timed out"))) {
			Verdict verdict = Outcomes.failure(TransportOutcome.of(failed(cause, false, false)));
			assertThat(verdict.isTransient()).isTrue();
			assertThat(verdict.mayHaveConsumedToken()).isFalse();
			assertThat(verdict.peerReached()).isFalse();
		}
	}

	@Test
	void failureWhenSentButNoAnswerThenRetryWithTokenPossiblySpent() {
		for (IOException cause : List.of(new SocketTimeoutException("Read timed out"),
				new NoHttpResponseException("127.0.0.1:8443 failed to respond"), new IOException("Connection reset"))) {
			Verdict verdict = Outcomes.failure(TransportOutcome.of(failed(cause, true, false)));
			assertThat(verdict.isTransient()).isTrue();
			assertThat(verdict.mayHaveConsumedToken()).isTrue();
			assertThat(verdict.peerReached()).isTrue();
		}
	}

	@Test
	void failureWhenTheDeadlineCutsTheHandshakeThenNothingWasSent() {
		Verdict verdict = Outcomes
			.failure(TransportOutcome.of(failed(new SocketException("Socket closed"), false, true)));
		assertThat(verdict.isTransient()).isTrue();
		assertThat(verdict.mayHaveConsumedToken()).isFalse();
		assertThat(verdict.detail()).isEqualTo("vc did not complete the TLS handshake within the exchange's 40 s");
	}

	@Test
	void failureWhenTheDeadlineCutsTheAnswerThenTheTokenMayBeSpent() {
		Verdict verdict = Outcomes
			.failure(TransportOutcome.of(failed(new SocketException("Socket closed"), true, true)));
		assertThat(verdict.isTransient()).isTrue();
		assertThat(verdict.mayHaveConsumedToken()).isTrue();
		assertThat(verdict.detail()).isEqualTo("vc sent no complete answer within the exchange's 40 s");
	}

	@Test
	void failureWhenPinMismatchThenTlsExitNeverRetried() {
		Thumbprint pin = Thumbprint.parse("AA".repeat(32));
		SSLHandshakeException handshake = new SSLHandshakeException("PKIX");
		handshake.initCause(new PinMismatchException("vc:443", pin, List.of()));
		Verdict verdict = Outcomes.failure(TransportOutcome.of(failed(handshake, false, false)));
		assertThat(verdict.isTransient()).isFalse();
		assertThat(verdict.status()).isEqualTo(ExitStatus.TLS);
		assertThat(verdict.detail()).contains("vc:443 presented no certificate").contains("nothing was sent");
	}

	@Test
	void failureWhenHandshakeDroppedThenRetried() {
		Verdict verdict = Outcomes.failure(TransportOutcome
			.of(failed(new SSLHandshakeException("Remote host terminated the handshake"), false, false)));
		assertThat(verdict.isTransient()).isTrue();
		assertThat(Outcomes
			.failure(TransportOutcome
				.of(failed(new SSLHandshakeException("Received fatal alert: protocol_version"), false, false)))
			.status()).isEqualTo(ExitStatus.TLS);
	}

	@Test
	void registrationWhenStatusLineCameButTheBodyBrokeOffThenRegistered() {
		Answer broken = new Answer(201, new HttpHeaders(), "{\"mess".getBytes(StandardCharsets.UTF_8), false,
				new SocketException("Connection reset"));
		Verdict verdict = Outcomes.registration(new Exchange.Answered("vc", broken), false, NOW);
		assertThat(verdict.isDone()).isTrue();
		assertThat(verdict.httpStatus()).isEqualTo(201);
	}

	@Test
	void messageWhenServerSendsControlCharactersThenEscapedOnOneLine() {
		assertThat(Outcomes.message("{\"message\": \"bad\\n2026-12-01T10:00:00Z INFO  Registered\\u001b[2J\"}"))
			.isEqualTo(": bad\\n2026-12-01T10:00:00Z INFO  Registered\\u001B[2J");
	}

	@Test
	void parseRetryAfterWhenSecondsOrHttpDateThenDuration() {
		assertThat(Outcomes.parseRetryAfter("120", NOW)).contains(Duration.ofMinutes(2));
		assertThat(Outcomes.parseRetryAfter("Mon, 23 Nov 2026 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
		assertThat(Outcomes.parseRetryAfter("Mon, 23 Nov 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
		assertThat(Outcomes.parseRetryAfter("soon", NOW)).isEmpty();
	}

	@Test
	void manifestWhenServedAsDeclaredThenDoneElseExplained() {
		URI manifest = URI.create("https://plugin/plugin.json");
		Thumbprint declared = Thumbprint.parse("AB".repeat(32));
		assertThat(Outcomes.manifest(response(200, "{\"manifestVersion\": \"1.0.0\"}"), manifest, declared).isDone())
			.isTrue();
		assertThat(Outcomes.manifest(response(200, "<html/>"), manifest, declared).detail())
			.contains("is not a remote plug-in manifest");
		assertThat(Outcomes.manifest(response(404, ""), manifest, declared).isTransient()).isTrue();
		assertThat(Outcomes.manifest(response(503, ""), manifest, declared).isTransient()).isTrue();
		assertThat(Outcomes.manifest(response(401, ""), manifest, declared).status())
			.isEqualTo(ExitStatus.PREFLIGHT_FAILED);
		Answer huge = new Answer(200, new HttpHeaders(), new byte[10], true, null);
		assertThat(Outcomes.manifest(new Exchange.Answered("plugin", huge), manifest, declared).status())
			.isEqualTo(ExitStatus.PREFLIGHT_FAILED);
	}

	private static Exchange response(int status, String body) {
		return new Exchange.Answered("vc",
				new Answer(status, new HttpHeaders(), body.getBytes(StandardCharsets.UTF_8), false, null));
	}

	private static ExchangeFailure failed(IOException cause, boolean sent, boolean deadline) {
		return new ExchangeFailure("vc", cause, sent, deadline, Duration.ofSeconds(40));
	}

}
