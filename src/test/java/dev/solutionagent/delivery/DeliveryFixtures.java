package dev.solutionagent.delivery;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.solutionagent.environment.Secret;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.extension.PayloadBuilder;
import dev.solutionagent.extension.PayloadShape;
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.tls.Thumbprint;

/**
 * A payload, a context pointing at a test server, and a window that opened a minute ago.
 */
final class DeliveryFixtures {

	static final String TOKEN = "dGVzdC10b2tlbi1uZXZlci1sb2dnZWQ=";

	static final Instant DEPLOYED = Instant.parse("2026-11-23T10:00:00Z");

	private DeliveryFixtures() {
	}

	static MutableClock clock() {
		return new MutableClock(DEPLOYED.plusSeconds(60));
	}

	static SolutionInstallContext context(URI endpoint, Thumbprint pin) {
		return new SolutionInstallContext(Secret.of(TOKEN), endpoint, pin, Optional.empty(), List.of());
	}

	static Payload payload(Thumbprint serverThumbprint, String manifestUrl) {
		Descriptor descriptor = Descriptor.parse(Path.of("fixture.json"), """
				{"key": "com.example.fixture", "version": "1.0.0.0", "company": "Example, Inc.",
				 "description": {"label": "Fixture", "summary": "A plug-in for delivery tests"},
				 "client": [{"type": "vsphere-client-remote", "url": "${ovf.manifest}", "version": "1.0.0.0"}],
				 "server": [{"url": "${ovf.manifest}", "serverThumbprint": "${appliance.thumbprint}"}]}""");
		// An http manifest is allowed here (as --allow-http does): the preflight must
		// skip it.
		PlaceholderContext placeholders = new PlaceholderContext(Optional.of(Map.of("manifest", manifestUrl)),
				() -> "127.0.0.1", () -> serverThumbprint, Optional.empty(), false, true);
		return PayloadBuilder.build(descriptor, placeholders, PayloadShape.LIST, List.of());
	}

	static TokenWindow window() {
		return new TokenWindow(DEPLOYED, "test", Duration.ofMinutes(30), Duration.ofMinutes(1));
	}

	static WindowRetry retry(MutableClock clock) {
		return new WindowRetry(window().attempts(), RetrySettings.defaults(), clock, clock.sleeper(), new Random(1));
	}

	static SolutionInstallClient client(HttpSettings http, MutableClock clock) {
		return new SolutionInstallClient(http, retry(clock), window(), clock);
	}

	static Preflight preflight(HttpSettings http, MutableClock clock) {
		return new Preflight(http, retry(clock), clock);
	}

	static HttpSettings http() {
		return HttpSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

}
