package dev.solutionagent.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The solution-install client against a bare JDK HttpsServer on 127.0.0.1.
 */
@ExtendWith(OutputCaptureExtension.class)
class SolutionInstallClientTests {

	private static final String PATH = "/api/ui/solutioninstall";

	private final MutableClock clock = DeliveryFixtures.clock();

	private final Payload payload = DeliveryFixtures.payload(Thumbprint.parse("AB".repeat(32)),
			"https://plugin.example.com/plugin.json");

	@AfterEach
	void tokenNeverLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(DeliveryFixtures.TOKEN);
	}

	@Test
	void registerWhenAcceptedThenOneRequestWithTokenHeadersAndTheExactBody() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{\"status\":\"ok\"}"))) {
			DeliveryResult result = register(server, server.sha256());
			assertThat(result.httpStatus()).isEqualTo(200);
			assertThat(result.attempts()).isOne();
			TestHttpsServer.Request request = server.requests().get(0);
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo(PATH);
			assertThat(request.header("solution-install-token")).isEqualTo(DeliveryFixtures.TOKEN);
			assertThat(request.header("Content-Type")).isEqualTo("application/json");
			assertThat(request.header("Accept")).isEqualTo("application/json");
			assertThat(request.header("User-Agent")).startsWith("solution-agent/");
			assertThat(request.body()).isEqualTo(this.payload.bodyText());
		}
	}

	@Test
	void registerWhen503TwiceThenRetriesAndSucceeds(CapturedOutput output) {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, (n < 3) ? 503 : 200, "{}"))) {
			DeliveryResult result = register(server, server.sha256());
			assertThat(result.attempts()).isEqualTo(3);
			assertThat(this.clock.sleeps()).hasSize(2);
			assertThat(output.getAll()).contains("solution install attempt 1 failed: 127.0.0.1:")
				.contains("answered 503; next attempt in");
		}
	}

	@Test
	void registerWhenTokenRefusedThenExit4WithoutRetry() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 401, "{\"message\":\"token expired\"}"))) {
			assertThatExceptionOfType(DeliveryException.class).isThrownBy(() -> register(server, server.sha256()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.TOKEN_REFUSED))
				.withMessageContaining("token expired")
				.withMessageContaining("redeploy the appliance");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void registerWhenPayloadRefusedThenExit5WithTheServersMessage() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 400, "{\"message\":\"extension.key is invalid\"}"))) {
			assertThatExceptionOfType(DeliveryException.class).isThrownBy(() -> register(server, server.sha256()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.PAYLOAD_REFUSED))
				.withMessageContaining("extension.key is invalid");
		}
	}

	@Test
	void registerWhenResponseLostThenRefusedAsUsedThenPossiblyRegistered() {
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> {
			if (n > 1) {
				TestHttpsServer.respond(e, 401, "{\"message\":\"token already used\"}");
			}
			// The first request is read and its connection closed without an answer.
		})) {
			assertThatExceptionOfType(DeliveryException.class).isThrownBy(() -> register(server, server.sha256()))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(ExitStatus.OUTCOME_UNKNOWN);
					assertThat(ex.attempts()).isEqualTo(2);
				})
				.withMessageStartingWith("possibly registered: an earlier attempt may have used the one-time token");
		}
	}

	@Test
	void registerWhenPinMismatchThenExit60AndServerReceivesNoRequest() {
		try (TestHttpsServer server = TestHttpsServer.start("other",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{}"))) {
			Thumbprint pin = Thumbprint.parse("CD".repeat(32));
			assertThatExceptionOfType(DeliveryException.class).isThrownBy(() -> register(server, pin))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.TLS))
				.withMessageContaining("presented a leaf certificate with SHA-256 thumbprint " + server.sha256())
				.withMessageContaining("but the pin is " + pin);
			assertThat(server.requests()).isEmpty();
			assertThat(this.clock.sleeps()).isEmpty();
		}
	}

	@Test
	void registerWhenNobodyListensUntilTheWindowClosesThenExit6() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		URI endpoint = URI.create("https://127.0.0.1:" + port + PATH);
		SolutionInstallClient client = DeliveryFixtures.client(DeliveryFixtures.http(), this.clock);
		assertThatExceptionOfType(DeliveryException.class)
			.isThrownBy(() -> client.register(DeliveryFixtures.context(endpoint, Thumbprint.parse("AB".repeat(32))),
					this.payload))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(ExitStatus.WINDOW_CLOSED);
				// Nothing ever accepted a connection: one attempt, then probes only.
				assertThat(ex.attempts()).isOne();
			})
			.withMessageContaining("cannot be reached")
			.withMessageContaining("redeploy the appliance");
	}

	@Test
	void registerWhenServerStallsPastTheReadTimeoutThenRetriedAsPossiblySpent() {
		CountDownLatch release = new CountDownLatch(1);
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> {
			if (n == 1) {
				awaitQuietly(release);
				return;
			}
			TestHttpsServer.respond(e, 200, "{}");
		})) {
			SolutionInstallClient client = DeliveryFixtures.client(
					HttpSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)), this.clock);
			DeliveryResult result = client.register(DeliveryFixtures.context(server.uri(PATH), server.sha256()),
					this.payload);
			release.countDown();
			assertThat(result.attempts()).isEqualTo(2);
		}
	}

	@Test
	void registerWhenRedirectedThenTokenNotSentTwice() {
		try (TestHttpsServer server = TestHttpsServer.start("server", (r, e, n) -> {
			e.getResponseHeaders().set("Location", "/login");
			TestHttpsServer.respond(e, 307, "");
		})) {
			assertThatExceptionOfType(DeliveryException.class).isThrownBy(() -> register(server, server.sha256()))
				.withMessageContaining("redirecting to /login; the token is never sent to a redirect target");
			assertThat(server.requests()).hasSize(1);
		}
	}

	private DeliveryResult register(TestHttpsServer server, Thumbprint pin) {
		return DeliveryFixtures.client(DeliveryFixtures.http(), this.clock)
			.register(DeliveryFixtures.context(server.uri(PATH), pin), this.payload);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
