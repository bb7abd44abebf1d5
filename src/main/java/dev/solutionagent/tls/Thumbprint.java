package dev.solutionagent.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate thumbprint: the digest of a certificate's DER encoding. Parses any common
 * spelling, picks the algorithm by length, compares bytes and prints the canonical
 * upper-case colon-separated form.
 */
public final class Thumbprint {

	private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

	private static final String HEX_DIGITS = "0123456789ABCDEFabcdef";

	private final Algorithm algorithm;

	private final byte[] bytes;

	private Thumbprint(Algorithm algorithm, byte[] bytes) {
		this.algorithm = algorithm;
		this.bytes = bytes;
	}

	/**
	 * Parse a thumbprint written with colons, spaces, dashes or nothing between the
	 * bytes, in either case.
	 * @param text the thumbprint text
	 * @return the thumbprint
	 * @throws IllegalArgumentException when the text is not hex or has a length that is
	 * neither SHA-1 (20 bytes) nor SHA-256 (32 bytes)
	 */
	public static Thumbprint parse(String text) {
		String hex = text.strip().replaceAll("[:\\s-]", "");
		if (hex.isEmpty()) {
			throw new IllegalArgumentException("is empty; expected 32 bytes of hex (SHA-256) such as 19:FD:2B:...");
		}
		if (!hex.matches("[0-9A-Fa-f]*")) {
			// Name the character: the abbreviated text rarely shows it, and a look-alike
			// (a fullwidth A, a no-break space) cannot be seen at all.
			int bad = hex.codePoints().filter((c) -> HEX_DIGITS.indexOf(c) < 0).findFirst().orElseThrow();
			String shown = Character.isISOControl(bad) ? "" : " ('" + Character.toString(bad) + "')";
			String message = "'%s' is not hexadecimal: it holds U+%04X%s; expected bytes such as 19:FD:2B:... "
					+ "separated by colons, spaces, dashes or nothing";
			throw new IllegalArgumentException(message.formatted(abbreviate(text), bad, shown));
		}
		if (hex.length() % 2 != 0) {
			throw new IllegalArgumentException("has an odd number of hex digits (%d)".formatted(hex.length()));
		}
		byte[] bytes = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
		return new Thumbprint(Algorithm.forLength(bytes.length), bytes);
	}

	/**
	 * The thumbprint of a certificate with the given algorithm.
	 * @param certificate the certificate
	 * @param algorithm the digest algorithm
	 * @return the thumbprint
	 */
	public static Thumbprint of(X509Certificate certificate, Algorithm algorithm) {
		try {
			return of(certificate.getEncoded(), algorithm);
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalArgumentException("certificate cannot be encoded: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The thumbprint of DER-encoded certificate bytes with the given algorithm.
	 * @param der the certificate's DER encoding
	 * @param algorithm the digest algorithm
	 * @return the thumbprint
	 */
	public static Thumbprint of(byte[] der, Algorithm algorithm) {
		try {
			return new Thumbprint(algorithm, MessageDigest.getInstance(algorithm.jcaName).digest(der));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("JDK lacks " + algorithm.jcaName, ex);
		}
	}

	/**
	 * Whether this thumbprint is the digest of the given certificate, computed with this
	 * thumbprint's own algorithm.
	 * @param certificate the certificate to check
	 * @return {@code true} on a match
	 */
	public boolean matches(X509Certificate certificate) {
		return equals(of(certificate, this.algorithm));
	}

	public Algorithm algorithm() {
		return this.algorithm;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Thumbprint that) && this.algorithm == that.algorithm
				&& MessageDigest.isEqual(this.bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	/**
	 * The canonical form: upper-case hex bytes separated by colons.
	 */
	@Override
	public String toString() {
		return COLON_HEX.formatHex(this.bytes);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

	/**
	 * Digest algorithms a thumbprint may use, told apart by length.
	 */
	public enum Algorithm {

		SHA1("SHA-1", 20), SHA256("SHA-256", 32);

		private final String jcaName;

		private final int length;

		Algorithm(String jcaName, int length) {
			this.jcaName = jcaName;
			this.length = length;
		}

		static Algorithm forLength(int length) {
			for (Algorithm algorithm : values()) {
				if (algorithm.length == length) {
					return algorithm;
				}
			}
			throw new IllegalArgumentException(
					"is %d bytes long; a thumbprint is 32 bytes (SHA-256) or 20 bytes (SHA-1)".formatted(length));
		}

		public String jcaName() {
			return this.jcaName;
		}

	}

}
