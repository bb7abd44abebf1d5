package dev.solutionagent.simulator;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.Simulators;
import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.PinnedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SimulatorFaultsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	final Simulators simulators = new Simulators();

	private SolutionInstallSimulator simulator;

	private void start(Faults faults) {
		this.simulator = this.simulators.start(SimulatorSettings.defaults().withClock(this.clock), faults);
	}

	@Test
	void postWhenFailFirstThenAnswersTheStatusWithRetryAfterAndKeepsTheToken() throws Exception {
		start(Faults.none().withFailFirst(2, 503).withRetryAfter(Duration.ofSeconds(7)));
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		String token = this.simulator.token().reveal();
		HttpResponse<String> first = client.post(token, Bodies.valid());
		assertThat(first.statusCode()).isEqualTo(503);
		assertThat(first.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(client.post(token, Bodies.valid()).statusCode()).isEqualTo(503);
		assertThat(this.simulator.tokenUsed()).isFalse();
		assertThat(client.post(token, Bodies.valid()).statusCode()).isEqualTo(200);
		assertThat(this.simulator.requests()).hasSize(3);
	}

	@Test
	void postWhenFailFirstWithoutRetryAfterThenSendsNoRetryAfter() throws Exception {
		start(Faults.none().withFailFirst(1, 429));
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.valid());
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isEmpty();
	}

	@Test
	void postWhenDropFirstThenProcessesButTheClientGetsAnIOException() throws Exception {
		start(Faults.none().withDropFirst(1));
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		String token = this.simulator.token().reveal();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> client.post(token, Bodies.valid()))
			.isNotInstanceOf(HttpTimeoutException.class);
		assertThat(this.simulator.tokenUsed()).isTrue();
		assertThat(this.simulator.registrations()).hasSize(1);
		HttpResponse<String> retry = client.post(token, Bodies.valid());
		assertThat(retry.statusCode()).isEqualTo(401);
		assertThat(retry.body()).contains("already used");
	}

	@Test
	void postWhenFailFirstAndDropFirstThenDropsTheNextAfterTheFailures() throws Exception {
		start(Faults.none().withFailFirst(1, 502).withDropFirst(1));
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		String token = this.simulator.token().reveal();
		assertThat(client.post(token, Bodies.valid()).statusCode()).isEqualTo(502);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> client.post(token, Bodies.valid()));
		assertThat(this.simulator.registrations()).hasSize(1);
	}

	@Test
	void postWhenExpiredTokenFaultThenAnswers401Expired() throws Exception {
		start(Faults.none().withExpiredToken(true));
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.valid());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("expired");
		assertThat(this.simulator.tokenUsed()).isFalse();
	}

	@Test
	void connectWhenOtherCertificateThenPinnedHandshakeFailsAndNothingIsRecorded() {
		start(Faults.none().withOtherCertificate(true));
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> client.post(this.simulator.token().reveal(), Bodies.valid()))
			.satisfies((ex) -> assertThat(causes(ex)).filteredOn(PinMismatchException.class::isInstance)
				.singleElement()
				.satisfies((cause) -> assertThat(((PinMismatchException) cause).presentedSha256())
					.isEqualTo(this.simulator.otherThumbprint())));
		assertThat(this.simulator.requests()).isEmpty();
		assertThat(this.simulator.tokenUsed()).isFalse();
	}

	@Test
	void faultsWhenReplacedAtRuntimeThenNewConnectionsSeeTheOtherCertificate() throws Exception {
		start(Faults.none());
		assertThat(PinnedJdkClient.of(this.simulator).get(this.simulator.manifestUrl()).statusCode()).isEqualTo(200);
		this.simulator.faults(Faults.none().withOtherPluginCertificate(true));
		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> PinnedJdkClient.of(this.simulator).get(this.simulator.manifestUrl()));
		PinnedJdkClient impostorTrusting = new PinnedJdkClient(this.simulator, this.simulator.otherThumbprint());
		assertThat(impostorTrusting.get(this.simulator.manifestUrl()).statusCode()).isEqualTo(200);
		this.simulator.faults(Faults.none());
		assertThat(PinnedJdkClient.of(this.simulator).get(this.simulator.manifestUrl()).statusCode()).isEqualTo(200);
	}

	@Test
	void faultsWhenOnlyOneCertificateIsOtherThenTheOtherListenerStillPresentsTheWrittenOne() throws Exception {
		start(Faults.none().withOtherCertificate(true));
		assertThat(PinnedJdkClient.of(this.simulator).get(this.simulator.manifestUrl()).statusCode()).isEqualTo(200);
		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> PinnedJdkClient.of(this.simulator).post(this.simulator.token().reveal(), Bodies.valid()));
		this.simulator.faults(Faults.none().withOtherPluginCertificate(true));
		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> PinnedJdkClient.of(this.simulator).get(this.simulator.manifestUrl()));
		assertThat(
				PinnedJdkClient.of(this.simulator).post(this.simulator.token().reveal(), Bodies.valid()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void faultsWhenReplacedAtRuntimeThenAClientCannotResumeItsWayPastTheNewCertificate() throws Exception {
		start(Faults.none());
		CountingTrustManager trust = new CountingTrustManager(
				new PinnedTrustManager(this.simulator.thumbprint(), "127.0.0.1"));
		SSLContext context = trust.context();
		fetchManifest(context);
		fetchManifest(context);
		assertThat(trust.checks()).as("second connection resumed the first session").isEqualTo(1);
		this.simulator.faults(Faults.none().withOtherCertificate(true));
		assertThatExceptionOfType(SSLHandshakeException.class).isThrownBy(() -> fetchManifest(context));
		assertThat(trust.checks()).isEqualTo(2);
	}

	// One request per connection over a raw socket, so the client's session cache (and
	// nothing else) carries over between connections.
	private void fetchManifest(SSLContext context) throws IOException {
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
			.createSocket("127.0.0.1", this.simulator.address().getPort())) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write("GET /plugin/plugin.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
				.startsWith("HTTP/1.1 200");
		}
	}

	@Test
	void faultsWhenReplacedAtRuntimeThenCountsStartAgain() throws Exception {
		start(Faults.none().withFailFirst(1, 503));
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		String token = this.simulator.token().reveal();
		assertThat(client.post(token, Bodies.valid()).statusCode()).isEqualTo(503);
		this.simulator.faults(Faults.none().withFailFirst(1, 500));
		assertThat(this.simulator.faults().failStatus()).isEqualTo(500);
		assertThat(client.post(token, Bodies.valid()).statusCode()).isEqualTo(500);
		assertThat(client.post(token, Bodies.valid()).statusCode()).isEqualTo(200);
	}

	@Test
	void postWhenDelayedThenTheAnswerComesNoSoonerThanTheDelay() throws Exception {
		start(Faults.none().withDelay(Duration.ofMillis(300)));
		long started = System.nanoTime();
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.valid());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void postWhenDelayExceedsTheClientTimeoutThenTimesOutAfterTheServerProcessed() {
		start(Faults.none().withDelay(Duration.ofSeconds(30)));
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> client.send(client.postRequest(this.simulator.token().reveal(), Bodies.valid())
				.timeout(Duration.ofMillis(500))
				.build()));
		// Closing interrupts the delayed answer; what was processed stays.
		this.simulator.close();
		assertThat(this.simulator.tokenUsed()).isTrue();
		assertThat(this.simulator.registrations()).hasSize(1);
	}

	private static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
	}

}
