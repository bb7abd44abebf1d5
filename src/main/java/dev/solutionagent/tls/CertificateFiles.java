package dev.solutionagent.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Reads X.509 certificates from PEM or DER files, and writes them as PEM.
 */
public final class CertificateFiles {

	private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, new byte[] { '\n' });

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

	/**
	 * A certificate in PEM form.
	 * @param certificate the certificate
	 * @return one {@code CERTIFICATE} block, lines of 64 characters
	 */
	public static String toPem(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n" + PEM_BASE64.encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("certificate cannot be encoded: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Write a certificate as PEM, readable by everyone (0644): it is public.
	 * @param file the file to write or replace
	 * @param certificate the certificate
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public static void writePem(Path file, X509Certificate certificate) {
		try {
			Files.writeString(file, toPem(certificate), StandardCharsets.US_ASCII);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write certificate to " + file + ": " + ex.getMessage(), ex);
		}
	}

}
