package dev.solutionagent.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
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
	 * @param timeout how long the connect and the handshake may take together: a server
	 * that dribbles its handshake is cut off then
	 * @return the chain, leaf first
	 * @throws IOException when the server cannot be reached or presents nothing in time
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
		try (SocketDeadline deadline = SocketDeadline.start(timeout);
				SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
			deadline.register(socket);
			socket.connect(new InetSocketAddress(deadline.resolve(host)[0], port),
					deadline.connectTimeoutMillis(timeout));
			socket.setSoTimeout(deadline.connectTimeoutMillis(timeout));
			socket.setEnabledProtocols(PinnedTls.PROTOCOLS);
			try {
				socket.startHandshake();
			}
			catch (IOException ex) {
				if (deadline.hasExpired() && seen.get().isEmpty()) {
					throw new SocketTimeoutException(
							"%s:%d presented no certificate within %s s".formatted(host, port, timeout.toSeconds()));
				}
				throw ex;
			}
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
