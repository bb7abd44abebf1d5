package dev.solutionagent.delivery;

import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;

import dev.solutionagent.testsupport.HostilePeer;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.tls.CertificateFiles;
import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The pinned client against real HTTPS servers on 127.0.0.1: the handshake succeeds when
 * the leaf has the pin and fails otherwise, before any request is written; every exchange
 * ends by its deadline, and what a peer sends beyond the cap is never read.
 */
class PinnedClientTests {

	// Socket timeouts the hostile peers stay inside, so that only the deadline can stop
	// the client.
	private static final HttpSettings SHORT = HttpSettings.defaults()
		.withTimeouts(Duration.ofMillis(400), Duration.ofMillis(800));

	@Test
	void exchangeWhenLeafMatchesSha256PinThenHandshakeSucceeds() throws ExchangeFailure {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"));
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(server.uri("/"), server.sha256()),
						HttpSettings.defaults())) {
			Answer answer = get(client, server.uri("/x").toString());
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.text()).isEqualTo("{}");
			assertThat(client.trust().presented()).containsExactly(server.certificate());
		}
	}

	@Test
	void exchangeWhenPinIsSha1OfTheLeafThenHandshakeSucceeds() throws ExchangeFailure {
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> TestHttpsServer.respond(e, 204, ""));
				PinnedClient client = PinnedClient.create(
						new PinnedEndpoint(server.uri("/"),
								Thumbprint.of(server.certificate(), Thumbprint.Algorithm.SHA1)),
						HttpSettings.defaults())) {
			assertThat(get(client, server.uri("/").toString()).status()).isEqualTo(204);
		}
	}

	@Test
	void exchangeWhenPinNamesOnlyTheIssuerOfThePresentedChainThenHandshakeFails() {
		Thumbprint caPin = CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/ca.pem"));
		try (TestHttpsServer server = TestHttpsServer.start("chained",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"));
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(server.uri("/"), caPin),
						HttpSettings.defaults())) {
			assertThatExceptionOfType(ExchangeFailure.class).isThrownBy(() -> get(client, server.uri("/").toString()))
				.satisfies((ex) -> assertThat(TransportOutcome.of(ex).kind())
					.isEqualTo(TransportOutcome.Kind.PIN_MISMATCH))
				.withMessageContaining("only the leaf counts");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void exchangeWhenImpostorPresentsTheGenuineCertificateBehindItsOwnLeafThenNothingIsWritten() {
		Thumbprint genuine = CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/server.pem"));
		try (HostilePeer impostor = HostilePeer.impostor();
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(impostor.uri("/"), genuine),
						HttpSettings.defaults())) {
			assertThatExceptionOfType(ExchangeFailure.class)
				.isThrownBy(() -> client.exchange(Duration.ofSeconds(10), 1024,
						(rest) -> rest.post().uri(impostor.uri("/api/ui/solutioninstall")).body("token")))
				.satisfies((ex) -> {
					TransportOutcome outcome = TransportOutcome.of(ex);
					assertThat(outcome.kind()).isEqualTo(TransportOutcome.Kind.PIN_MISMATCH);
					assertThat(outcome.detail()).contains("but the pin is " + genuine)
						.contains("presented a leaf certificate with SHA-256 thumbprint "
								+ CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/other.pem")));
					assertThat(ex.requestMayHaveBeenSent()).isFalse();
				});
			assertThat(client.trust().presented()).hasSize(2);
			assertThat(impostor.handshakes()).isZero();
			assertThat(impostor.bytesRead()).isZero();
		}
	}

	@Test
	void exchangeWhenPinDoesNotMatchThenHandshakeFailsAndServerReadsNothing() {
		Thumbprint otherPin = CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/other.pem"));
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"));
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(server.uri("/"), otherPin),
						HttpSettings.defaults())) {
			assertThatExceptionOfType(ExchangeFailure.class)
				.isThrownBy(() -> client.exchange(Duration.ofSeconds(10), 1024,
						(rest) -> rest.post().uri(server.uri("/secret")).body("token")))
				.withCauseInstanceOf(SSLHandshakeException.class)
				.satisfies((ex) -> assertThat(TransportOutcome.find(ex, PinMismatchException.class)).hasValueSatisfying(
						(mismatch) -> assertThat(mismatch.presentedSha256()).isEqualTo(server.sha256())));
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void exchangeWhenServerRedirectsThenNotFollowed() throws ExchangeFailure {
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> {
			e.getResponseHeaders().set("Location", "https://127.0.0.1:1/elsewhere");
			TestHttpsServer.respond(e, 302, "");
		});
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(server.uri("/"), server.sha256()),
						HttpSettings.defaults())) {
			Answer answer = client.exchange(Duration.ofSeconds(10), 1024,
					(rest) -> rest.post().uri(server.uri("/api/ui/solutioninstall")).body("{}"));
			assertThat(answer.status()).isEqualTo(302);
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(value = HostilePeer.Behaviour.class,
			names = { "DRIBBLE_HANDSHAKE", "DRIBBLE_HEADERS", "ENDLESS_PROCESSING" })
	void exchangeWhenPeerNeverFinishesThenTheDeadlineEndsIt(HostilePeer.Behaviour behaviour) {
		try (HostilePeer peer = HostilePeer.start(behaviour);
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(peer.uri("/"), pin()), SHORT)) {
			ExchangeFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> assertThatExceptionOfType(ExchangeFailure.class)
						.isThrownBy(() -> client.exchange(SHORT.exchangeTimeout(), 1024,
								(rest) -> rest.post().uri(peer.uri("/api/ui/solutioninstall")).body("{}")))
						.actual());
			assertThat(failure.deadlineExceeded()).isTrue();
			assertThat(failure.requestMayHaveBeenSent())
				.isEqualTo(behaviour != HostilePeer.Behaviour.DRIBBLE_HANDSHAKE);
			assertThat(TransportOutcome.of(failure).detail()).contains("within the exchange's 1.2 s");
		}
	}

	@Test
	void exchangeWhenBodyDribblesThenTheDeadlineEndsItAndTheStatusStands() throws ExchangeFailure {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.DRIBBLE_BODY);
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(peer.uri("/"), pin()), SHORT)) {
			Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> client.exchange(SHORT.exchangeTimeout(), 1_000_000,
							(rest) -> rest.post().uri(peer.uri("/api/ui/solutioninstall")).body("{}")));
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.bodyFailure()).hasMessageContaining("did not arrive within the exchange's 1.2 s");
		}
	}

	@ParameterizedTest
	@EnumSource(value = HostilePeer.Behaviour.class, names = { "ENDLESS_BODY", "GZIP_BOMB" })
	void exchangeWhenBodyNeverEndsThenReadUpToTheCapAndNeverDrained(HostilePeer.Behaviour behaviour)
			throws ExchangeFailure {
		try (HostilePeer peer = HostilePeer.start(behaviour);
				PinnedClient client = PinnedClient.create(new PinnedEndpoint(peer.uri("/"), pin()),
						HttpSettings.defaults())) {
			Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> client.exchange(Duration.ofSeconds(20), 64 * 1024,
							(rest) -> rest.post().uri(peer.uri("/api/ui/solutioninstall")).body("{}")));
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.truncated()).isTrue();
			assertThat(answer.body()).hasSize(64 * 1024);
			if (behaviour == HostilePeer.Behaviour.GZIP_BOMB) {
				// Raw deflate bytes, never inflated.
				assertThat(answer.body()).isNotEqualTo(new byte[64 * 1024]);
			}
			// What the peer managed to write is bounded by socket buffers, not by the 20
			// s.
			assertThat(peer.bytesWritten()).isLessThan(32L * 1024 * 1024);
		}
	}

	private static Thumbprint pin() {
		return CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/server.pem"));
	}

	private static Answer get(PinnedClient client, String uri) throws ExchangeFailure {
		return client.exchange(Duration.ofSeconds(10), 1024, (rest) -> rest.get().uri(uri));
	}

}
