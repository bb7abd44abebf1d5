package dev.solutionagent.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Reads X.509 certificates from PEM or DER files.
 */
public final class CertificateFiles {

	private CertificateFiles() {
	}

	/**
	 * The SHA-256 thumbprint of the first certificate in a file.
	 * @param file a PEM (possibly a chain) or DER certificate file
	 * @return the thumbprint
	 * @throws CertificateFileException when the file cannot be read or holds no
	 * certificate
	 */
	public static Thumbprint sha256Thumbprint(Path file) {
		return Thumbprint.of(readFirst(file), Thumbprint.Algorithm.SHA256);
	}

	/**
	 * The first certificate of a PEM chain, or the certificate of a DER file.
	 * @param file the certificate file
	 * @return the certificate
	 * @throws CertificateFileException when the file cannot be read or holds no
	 * certificate
	 */
	public static X509Certificate readFirst(Path file) {
		return readAll(file).get(0);
	}

	/**
	 * Every certificate in a PEM or DER file, in file order.
	 * @param file the certificate file
	 * @return at least one certificate
	 * @throws CertificateFileException when the file cannot be read or holds no
	 * certificate
	 */
	public static List<X509Certificate> readAll(Path file) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new CertificateFileException(file, "does not exist");
		}
		catch (IOException ex) {
			throw new CertificateFileException(file, "cannot be read (" + ex.getMessage() + ")");
		}
		try {
			List<X509Certificate> certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(new ByteArrayInputStream(content))
				.stream()
				.map(X509Certificate.class::cast)
				.toList();
			if (certificates.isEmpty()) {
				throw new CertificateFileException(file, "holds no certificate");
			}
			return certificates;
		}
		catch (CertificateException ex) {
			throw new CertificateFileException(file, "is not a PEM or DER X.509 certificate (" + ex.getMessage() + ")");
		}
	}

}
