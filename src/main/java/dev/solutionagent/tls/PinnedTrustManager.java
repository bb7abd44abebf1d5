package dev.solutionagent.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server only when its leaf certificate has the pinned thumbprint. The handshake
 * proves possession of the leaf's key and of no other: any other certificate of a chain
 * is public and can be replayed by an impostor behind a leaf of its own, so it never
 * counts. A mismatch throws: returning quietly, or handing over to the JDK's CA store,
 * never happens. The host name is not checked; the pin alone identifies vCenter, which is
 * often reached by IP address.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

	private final Thumbprint pin;

	private final String peer;

	private final AtomicReference<List<X509Certificate>> presented = new AtomicReference<>(List.of());

	/**
	 * Create a trust manager for one peer.
	 * @param pin the thumbprint a presented certificate must have
	 * @param peer the host (and port) for messages
	 */
	public PinnedTrustManager(Thumbprint pin, String peer) {
		this.pin = pin;
		this.peer = peer;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		check(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		check(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		check(chain);
	}

	private void check(X509Certificate[] chain) throws CertificateException {
		this.presented.set((chain != null) ? List.of(chain) : List.of());
		if (chain == null || chain.length == 0) {
			throw new PinMismatchException(this.peer, this.pin, List.of());
		}
		if (!this.pin.matches(chain[0])) {
			throw new PinMismatchException(this.peer, this.pin, List.of(chain));
		}
	}

	/**
	 * The chain the peer presented in the last handshake, for messages.
	 * @return the chain, leaf first, or empty before any handshake
	 */
	public List<X509Certificate> presented() {
		return this.presented.get();
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("solution-agent is never a TLS server for pinned connections");
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}

}
