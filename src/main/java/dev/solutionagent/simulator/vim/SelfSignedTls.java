package dev.solutionagent.simulator.vim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import dev.solutionagent.environment.ProcessRunner;
import dev.solutionagent.tls.Thumbprint;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh self-signed certificate for a local simulator, made with the JDK's keytool so
 * that no private key ships with the agent. The keystore lives in a private temporary
 * folder only until it is loaded; its password goes to keytool through a file, not argv.
 *
 * @param context the server's SSL context
 * @param certificate the certificate it presents
 */
public record SelfSignedTls(SSLContext context, X509Certificate certificate) {

	/**
	 * Generate a key pair and certificate for {@code localhost}, {@code 127.0.0.1} and
	 * {@code ::1}, valid 30 days.
	 * @param timeout how long keytool may take
	 * @return the TLS material
	 */
	public static SelfSignedTls generate(Duration timeout) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("solution-agent-simulator",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String password = HexFormat.of().formatHex(random);
			Path passwordFile = Files.writeString(folder.resolve("password"), password);
			Path keystore = folder.resolve("simulator.p12");
			Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
			ProcessRunner.Result result = new ProcessRunner(timeout, 64 * 1024)
				.run(List.of(keytool.toString(), "-genkeypair", "-alias", "simulator", "-keyalg", "EC", "-groupname",
						"secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:::1",
						"-validity", "30", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass:file",
						passwordFile.toString(), "-keypass:file", passwordFile.toString()));
			if (result.exitCode() != 0) {
				throw new IllegalStateException("keytool could not make the simulator's certificate (exit status "
						+ result.exitCode() + "): " + result.text().strip());
			}
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keystore)) {
				store.load(in, password.toCharArray());
			}
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, password.toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return new SelfSignedTls(context, (X509Certificate) store.getCertificate("simulator"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the simulator's certificate cannot be made: " + ex.getMessage(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the simulator's certificate cannot be loaded: " + ex.getMessage(), ex);
		}
		finally {
			if (folder != null) {
				try {
					FileSystemUtils.deleteRecursively(folder);
				}
				catch (IOException ex) {
					// A temporary folder of a throwaway key; the OS cleans it eventually.
				}
			}
		}
	}

	public Thumbprint sha256() {
		return Thumbprint.of(this.certificate, Thumbprint.Algorithm.SHA256);
	}

}
