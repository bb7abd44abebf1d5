package dev.solutionagent.delivery;

import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.tls.CertificateFiles;
import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pinned client against a real HTTPS server on 127.0.0.1: the handshake succeeds with
 * the pin and fails without it, before any request is written.
 */
class PinnedClientTests {

	@Test
	void getWhenLeafMatchesSha256PinThenHandshakeSucceeds() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"));
				PinnedClient client = PinnedClient.create(server.sha256(), "127.0.0.1", HttpSettings.defaults())) {
			assertThat(
					client.rest().get().uri(server.uri("/x")).retrieve().toEntity(String.class).getStatusCode().value())
				.isEqualTo(200);
			assertThat(client.trust().presented()).containsExactly(server.certificate());
		}
	}

	@Test
	void getWhenPinIsSha1OfTheLeafThenHandshakeSucceeds() {
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> TestHttpsServer.respond(e, 204, ""));
				PinnedClient client = PinnedClient.create(
						Thumbprint.of(server.certificate(), Thumbprint.Algorithm.SHA1), "127.0.0.1",
						HttpSettings.defaults())) {
			assertThat(client.rest().get().uri(server.uri("/")).retrieve().toBodilessEntity().getStatusCode().value())
				.isEqualTo(204);
		}
	}

	@Test
	void getWhenPinNamesTheIssuerInThePresentedChainThenHandshakeSucceeds() {
		Thumbprint caPin = CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/ca.pem"));
		try (TestHttpsServer server = TestHttpsServer.start("chained",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"));
				PinnedClient client = PinnedClient.create(caPin, "127.0.0.1", HttpSettings.defaults())) {
			client.rest().get().uri(server.uri("/")).retrieve().toBodilessEntity();
			assertThat(client.trust().presented()).hasSize(2);
		}
	}

	@Test
	void getWhenPinDoesNotMatchThenHandshakeFailsAndServerReadsNothing() {
		Thumbprint otherPin = CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/other.pem"));
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"));
				PinnedClient client = PinnedClient.create(otherPin, "127.0.0.1:" + server.uri("/").getPort(),
						HttpSettings.defaults())) {
			assertThatExceptionOfType(ResourceAccessException.class).isThrownBy(
					() -> client.rest().post().uri(server.uri("/secret")).body("token").retrieve().toBodilessEntity())
				.withCauseInstanceOf(SSLHandshakeException.class)
				.satisfies((ex) -> assertThat(Outcomes.find(ex, PinMismatchException.class)).hasValueSatisfying(
						(mismatch) -> assertThat(mismatch.presentedSha256()).isEqualTo(server.sha256())));
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void getWhenServerRedirectsThenNotFollowed() {
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> {
			e.getResponseHeaders().set("Location", "https://127.0.0.1:1/elsewhere");
			TestHttpsServer.respond(e, 302, "");
		}); PinnedClient client = PinnedClient.create(server.sha256(), "127.0.0.1", HttpSettings.defaults())) {
			Exchange exchange = Exchange.perform(() -> client.rest()
				.post()
				.uri(server.uri("/api/ui/solutioninstall"))
				.body("{}")
				.exchange((request, response) -> Exchange.read(response)));
			assertThat(exchange).isInstanceOfSatisfying(Exchange.Response.class,
					(response) -> assertThat(response.status()).isEqualTo(302));
			assertThat(server.requests()).hasSize(1);
		}
	}

}
