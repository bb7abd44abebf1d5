package dev.solutionagent.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The peer presented no certificate with the pinned thumbprint. Thrown from the trust
 * check, so the handshake fails before any request is written.
 */
public class PinMismatchException extends CertificateException {

	private final String peer;

	private final Thumbprint expected;

	private final List<X509Certificate> presented;

	public PinMismatchException(String peer, Thumbprint expected, List<X509Certificate> presented) {
		super(message(peer, expected, presented));
		this.peer = peer;
		this.expected = expected;
		this.presented = List.copyOf(presented);
	}

	private static String message(String peer, Thumbprint expected, List<X509Certificate> presented) {
		if (presented.isEmpty()) {
			return "%s presented no certificate; expected thumbprint %s".formatted(peer, expected);
		}
		return "%s presented a certificate with %s thumbprint %s (subject %s), expected %s".formatted(peer,
				expected.algorithm().jcaName(), Thumbprint.of(presented.get(0), expected.algorithm()),
				presented.get(0).getSubjectX500Principal().getName(), expected);
	}

	public String peer() {
		return this.peer;
	}

	public Thumbprint expected() {
		return this.expected;
	}

	/**
	 * The SHA-256 thumbprint of the leaf certificate the peer presented.
	 * @return the thumbprint, or {@code null} when nothing was presented
	 */
	public Thumbprint presentedSha256() {
		return this.presented.isEmpty() ? null : Thumbprint.of(this.presented.get(0), Thumbprint.Algorithm.SHA256);
	}

	public List<X509Certificate> presented() {
		return this.presented;
	}

}
