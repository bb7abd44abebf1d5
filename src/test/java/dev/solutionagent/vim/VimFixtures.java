package dev.solutionagent.vim;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.environment.Secret;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.tls.CertificateFiles;

/**
 * Shared values of the vim25 tests: the example descriptor prepared for the
 * ExtensionManager, the simulator's user, and short timeouts.
 */
final class VimFixtures {

	static final String USER = "administrator@vsphere.local";

	static final String PASSWORD = "Adm1n!secret";

	static final Map<String, String> USERS = Map.of(USER, PASSWORD);

	static final Credentials CREDENTIALS = new Credentials(USER, Secret.of(PASSWORD));

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static final HttpSettings HTTP = HttpSettings.defaults()
		.withTimeouts(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(5));

	private VimFixtures() {
	}

	static PlaceholderContext context() {
		return new PlaceholderContext(Optional.of(Map.of("example.adminEmail", "ops@example.com")), () -> "10.0.0.50",
				() -> CertificateFiles.sha256Thumbprint(Path.of("examples/plugin-server.pem")), Optional.empty(),
				false);
	}

	static List<SoapExtension> example() {
		return SoapExtension.fromDescriptor(Descriptor.load(Path.of("examples/extension.yaml")), context(), NOW)
			.extensions();
	}

	static SoapExtension example(String version) {
		Descriptor descriptor = Descriptor.load(Path.of("examples/extension.yaml"));
		String text = descriptor.extension(0).toString().replace("1.2.0.0", version);
		return SoapExtension.fromDescriptor(Descriptor.parse(Path.of("example.json"), text), context(), NOW)
			.extensions()
			.get(0);
	}

}
