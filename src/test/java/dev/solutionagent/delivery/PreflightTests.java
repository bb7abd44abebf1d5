package dev.solutionagent.delivery;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Preflight against a real plug-in server on 127.0.0.1.
 */
@ExtendWith(OutputCaptureExtension.class)
class PreflightTests {

	private static final String MANIFEST = "{\"manifestVersion\": \"1.0.0\", \"requirements\": {}}";

	private final MutableClock clock = DeliveryFixtures.clock();

	@Test
	void checkWhenManifestServedWithTheDeclaredThumbprintThenPasses() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, MANIFEST))) {
			assertThat(preflight().check(payload(server, server.sha256()).extensions()))
				.containsExactly(server.uri("/example/plugin.json"));
			assertThat(server.requests()).singleElement()
				.satisfies((request) -> assertThat(request.method()).isEqualTo("GET"));
		}
	}

	@Test
	void checkWhenPluginServerStartsLateThenRetriesUntilItServes() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, (n < 3) ? 404 : 200, MANIFEST))) {
			preflight().check(payload(server, server.sha256()).extensions());
			assertThat(server.requests()).hasSize(3);
			assertThat(this.clock.sleeps()).hasSize(2);
		}
	}

	@Test
	void checkWhenThumbprintDiffersThenExit5WithWhatItSawAndWhatWasDeclared() {
		Thumbprint declared = Thumbprint.parse("EE".repeat(32));
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, MANIFEST))) {
			assertThatExceptionOfType(DeliveryException.class)
				.isThrownBy(() -> preflight().check(payload(server, declared).extensions()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.PREFLIGHT_FAILED))
				.withMessageContaining("presented a leaf certificate with thumbprint " + server.sha256())
				.withMessageContaining("server[0].serverThumbprint declares " + declared)
				.withMessageContaining("nothing was sent to vCenter");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void checkWhenNotAManifestThenPreflightFails() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 200, "{\"hello\": \"world\"}"))) {
			assertThatExceptionOfType(DeliveryException.class)
				.isThrownBy(() -> preflight().check(payload(server, server.sha256()).extensions()))
				.withMessageContaining("is not a remote plug-in manifest (JSON with manifestVersion)");
		}
	}

	@Test
	void checkWhenNeverServedBeforeTheDeadlineThenPreflightFailsNamingTheManifest() {
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(r, e, n) -> TestHttpsServer.respond(e, 503, ""))) {
			assertThatExceptionOfType(DeliveryException.class)
				.isThrownBy(() -> preflight().check(payload(server, server.sha256()).extensions()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.PREFLIGHT_FAILED))
				.withMessageContaining("the plug-in manifest " + server.uri("/example/plugin.json"))
				.withMessageContaining("--skip-preflight");
		}
	}

	@Test
	void checkWhenManifestIsHttpThenSkippedWithAWarning(CapturedOutput output) {
		Payload payload = DeliveryFixtures.payload(Thumbprint.parse("AB".repeat(32)), "http://127.0.0.1:1/plugin.json");
		assertThat(preflight().check(payload.extensions())).hasSize(1);
		assertThat(output.getAll()).contains("Preflight skipped for http://127.0.0.1:1/plugin.json");
	}

	private Preflight preflight() {
		return DeliveryFixtures.preflight(DeliveryFixtures.http(), this.clock);
	}

	private static Payload payload(TestHttpsServer server, Thumbprint declared) {
		return DeliveryFixtures.payload(declared, server.uri("/example/plugin.json").toString());
	}

}
