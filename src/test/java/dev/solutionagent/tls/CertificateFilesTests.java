package dev.solutionagent.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CertificateFilesTests {

	// openssl x509 -in plugin-server.pem -noout -fingerprint -sha256
	private static final String PLUGIN_SERVER = "B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B3";

	static Path resource(String name) {
		return Path.of("src/test/resources/certs", name);
	}

	@Test
	void sha256ThumbprintWhenPemThenMatchesOpenssl() {
		assertThat(CertificateFiles.sha256Thumbprint(resource("plugin-server.pem"))).hasToString(PLUGIN_SERVER);
	}

	@Test
	void sha256ThumbprintWhenDerThenSameAsPem() {
		assertThat(CertificateFiles.sha256Thumbprint(resource("plugin-server.der"))).hasToString(PLUGIN_SERVER);
	}

	@Test
	void sha256ThumbprintWhenPemChainThenFirstCertificate() {
		assertThat(CertificateFiles.readAll(resource("chain.pem"))).hasSize(2);
		assertThat(CertificateFiles.sha256Thumbprint(resource("chain.pem"))).hasToString(PLUGIN_SERVER);
	}

	@Test
	void readWhenFileMissingThenNamesFileAndOption() {
		assertThatExceptionOfType(CertificateFileException.class)
			.isThrownBy(() -> CertificateFiles.readFirst(resource("missing.pem")))
			.withMessageContaining("missing.pem does not exist")
			.withMessageContaining("--certificate");
	}

	@Test
	void readWhenNotACertificateThenSaysSo(@TempDir Path dir) throws IOException {
		Path empty = Files.writeString(dir.resolve("empty.pem"), "");
		assertThatExceptionOfType(CertificateFileException.class)
			.isThrownBy(() -> CertificateFiles.readFirst(resource("garbage.pem")))
			.withMessageContaining("garbage.pem");
		assertThatExceptionOfType(CertificateFileException.class).isThrownBy(() -> CertificateFiles.readFirst(empty))
			.withMessageContaining("empty.pem");
	}

	@Test
	void sha256ThumbprintWhenPemHoldsTheKeyBesideTheCertificateThenTheKeyIsSkipped(@TempDir Path dir) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		String key = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, new byte[] { '\n' })
					.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		String certificate = Files.readString(resource("plugin-server.pem"));
		Path keyFirst = Files.writeString(dir.resolve("key-first.pem"), key + certificate);
		Path keyLast = Files.writeString(dir.resolve("key-last.pem"), "subject=CN=x\n" + certificate + key);
		assertThat(CertificateFiles.sha256Thumbprint(keyFirst)).hasToString(PLUGIN_SERVER);
		assertThat(CertificateFiles.readAll(keyLast)).hasSize(1);
		Path keyOnly = Files.writeString(dir.resolve("key-only.pem"), key);
		assertThatExceptionOfType(CertificateFileException.class).isThrownBy(() -> CertificateFiles.readFirst(keyOnly))
			.withMessageContaining("key-only.pem holds no CERTIFICATE block, only PRIVATE KEY");
	}

}
