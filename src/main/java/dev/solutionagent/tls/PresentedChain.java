package dev.solutionagent.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Reads the certificate chain a TLS server presents, so that an administrator can compare
 * its thumbprint out of band. The handshake is always aborted after the chain is seen:
 * nothing is trusted and nothing is sent.
 */
public final class PresentedChain {

	private PresentedChain() {
	}

	/**
	 * Fetch a server's chain.
	 * @param host the host
	 * @param port the port
	 * @param timeout the connect and read timeout
	 * @return the chain, leaf first
	 * @throws IOException when the server cannot be reached or presents nothing
	 */
	public static List<X509Certificate> fetch(String host, int port, Duration timeout) throws IOException {
		AtomicReference<List<X509Certificate>> seen = new AtomicReference<>(List.of());
		SSLContext context;
		try {
			context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new RecordingRefusal(seen) }, new SecureRandom());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("TLS is not available in this JDK: " + ex.getMessage(), ex);
		}
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			socket.setEnabledProtocols(PinnedTls.PROTOCOLS);
			socket.startHandshake();
		}
		catch (IOException ex) {
			if (seen.get().isEmpty()) {
				throw ex;
			}
		}
		if (seen.get().isEmpty()) {
			throw new IOException(host + ":" + port + " presented no certificate");
		}
		return seen.get();
	}

	// Records the chain, then refuses it, so the handshake can never complete.
	private record RecordingRefusal(AtomicReference<List<X509Certificate>> seen) implements X509TrustManager {

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			this.seen.set(List.of(chain));
			throw new CertificateException("chain recorded for display only; never trusted");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("not a server");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

	}

}
