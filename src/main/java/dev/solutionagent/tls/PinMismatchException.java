package dev.solutionagent.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import dev.solutionagent.Printable;

/**
 * The peer's leaf certificate does not have the pinned thumbprint. Thrown from the trust
 * check, so the handshake fails before any request is written. Its message is the one
 * every pinned path prints: the host, the pin, and what the leaf presented.
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
			return "%s presented no certificate; the pin is %s".formatted(peer, expected);
		}
		X509Certificate leaf = presented.get(0);
		String sha256 = Thumbprint.of(leaf, Thumbprint.Algorithm.SHA256).toString();
		String shown = (expected.algorithm() == Thumbprint.Algorithm.SHA256) ? "SHA-256 thumbprint " + sha256
				: "SHA-1 thumbprint %s (SHA-256 %s)".formatted(Thumbprint.of(leaf, expected.algorithm()), sha256);
		return "%s presented a leaf certificate with %s (subject %s), but the pin is %s%s".formatted(peer, shown,
				Printable.escape(leaf.getSubjectX500Principal().getName()), expected,
				(presented.size() > 1) ? "; only the leaf counts, the other " + (presented.size() - 1)
						+ " certificate(s) of its chain prove nothing" : "");
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
