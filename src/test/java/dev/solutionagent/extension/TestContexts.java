package dev.solutionagent.extension;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.solutionagent.tls.CertificateFiles;

/**
 * Placeholder contexts for tests: a fixed appliance address and the example certificate.
 */
final class TestContexts {

	static final Path CERTIFICATE = Path.of("src/test/resources/certs/plugin-server.pem");

	static final String CERTIFICATE_THUMBPRINT = "B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B3";

	private TestContexts() {
	}

	static PlaceholderContext strict(Map<String, String> ovf) {
		return new PlaceholderContext(Optional.of(ovf), () -> "10.0.0.50",
				() -> CertificateFiles.sha256Thumbprint(CERTIFICATE), Optional.empty(), false);
	}

	static PlaceholderContext strictAllowingHttp(Map<String, String> ovf) {
		return new PlaceholderContext(Optional.of(ovf), () -> "10.0.0.50",
				() -> CertificateFiles.sha256Thumbprint(CERTIFICATE), Optional.empty(), false, true);
	}

	static PlaceholderContext lenientWithoutCertificate() {
		return new PlaceholderContext(Optional.empty(), () -> "10.0.0.50", () -> {
			throw new IllegalStateException("no plug-in server certificate is configured");
		}, Optional.empty(), true);
	}

	static Descriptor descriptor(String name) {
		return Descriptor.load(Path.of("src/test/resources/descriptors", name));
	}

}
