package dev.solutionagent.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import dev.solutionagent.tls.Thumbprint;

/**
 * Server-side TLS from the test keystores in src/test/resources/tls (password
 * {@code changeit}), for servers other than {@link TestHttpsServer}, such as the vim25
 * simulator.
 */
public final class TestTls {

	private TestTls() {
	}

	/**
	 * An SSL context that presents a test keystore's certificate.
	 * @param keystore {@code server}, {@code other} or {@code chained}
	 * @return the context
	 */
	public static SSLContext serverContext(String keystore) {
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(load(keystore), "changeit".toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The SHA-256 thumbprint of a test keystore's certificate.
	 * @param keystore {@code server}, {@code other} or {@code chained}
	 * @return the thumbprint
	 */
	public static Thumbprint sha256(String keystore) {
		try {
			return Thumbprint.of((X509Certificate) load(keystore).getCertificate(keystore),
					Thumbprint.Algorithm.SHA256);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A test keystore, loaded.
	 * @param keystore {@code server}, {@code other} or {@code chained}
	 * @return the keystore, password {@code changeit}
	 * @throws GeneralSecurityException when it cannot be read
	 */
	static KeyStore load(String keystore) throws GeneralSecurityException {
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/tls", keystore + ".p12"))) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, "changeit".toCharArray());
			return store;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
