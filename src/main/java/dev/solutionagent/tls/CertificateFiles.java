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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads X.509 certificates from PEM or DER files, and writes them as PEM.
 */
public final class CertificateFiles {

	private static final Pattern PEM_BLOCK = Pattern
		.compile("-----BEGIN ([A-Z0-9 ]+)-----[A-Za-z0-9+/=\\s:,-]*?-----END \\1-----");

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
		String text = new String(content, StandardCharsets.ISO_8859_1);
		List<byte[]> blocks = text.contains("-----BEGIN ") ? certificateBlocks(file, text) : List.of(content);
		List<X509Certificate> certificates = new ArrayList<>();
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			for (byte[] block : blocks) {
				factory.generateCertificates(new ByteArrayInputStream(block))
					.forEach((certificate) -> certificates.add((X509Certificate) certificate));
			}
		}
		catch (CertificateException ex) {
			throw new CertificateFileException(file, "is not a PEM or DER X.509 certificate (" + ex.getMessage() + ")");
		}
		if (certificates.isEmpty()) {
			throw new CertificateFileException(file, "holds no certificate");
		}
		return certificates;
	}

	// A PEM file may hold the server's key beside its certificate (and a chain after it):
	// only the CERTIFICATE blocks count, in file order.
	private static List<byte[]> certificateBlocks(Path file, String text) {
		List<byte[]> blocks = new ArrayList<>();
		List<String> others = new ArrayList<>();
		Matcher block = PEM_BLOCK.matcher(text);
		while (block.find()) {
			if (block.group(1).equals("CERTIFICATE") || block.group(1).equals("X509 CERTIFICATE")) {
				blocks.add(block.group().getBytes(StandardCharsets.ISO_8859_1));
			}
			else if (!others.contains(block.group(1))) {
				others.add(block.group(1));
			}
		}
		if (blocks.isEmpty()) {
			throw new CertificateFileException(file, others.isEmpty() ? "is not a PEM or DER X.509 certificate"
					: "holds no CERTIFICATE block, only " + String.join(", ", others));
		}
		return blocks;
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
