package dev.solutionagent.cli;

import java.nio.file.Path;

import dev.solutionagent.tls.CertificateFiles;

/**
 * Thumbprints of the test keystores in src/test/resources/tls.
 */
final class TestKeys {

	static final String SERVER_SHA256 = CertificateFiles.sha256Thumbprint(Path.of("src/test/resources/tls/server.pem"))
		.toString();

	private TestKeys() {
	}

}
