package dev.solutionagent.delivery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.PinnedTls;
import dev.solutionagent.tls.PinnedTrustManager;
import dev.solutionagent.tls.SocketDeadline;
import dev.solutionagent.tls.Thumbprint;

/**
 * Whether a peer accepts connections now: a TCP connect and, when it opens, the pinned
 * TLS handshake; never a request. Cheap enough to ask every half second while vCenter (or
 * the plug-in server) is not yet reachable, so that the one real attempt goes out as soon
 * as it is.
 */
@FunctionalInterface
public interface Reachability {

	/**
	 * Ask once.
	 * @return {@code true} when the peer completed a TLS handshake, or answered one with
	 * a certificate the real attempt will judge; {@code false} when nothing answered
	 */
	boolean probe();

	/**
	 * A probe of a pinned endpoint.
	 * @param endpoint the peer and its pin
	 * @param timeout how long one probe may take, look-up to handshake
	 * @return the probe
	 */
	static Reachability of(PinnedEndpoint endpoint, Duration timeout) {
		String host = endpoint.host();
		int port = endpoint.port();
		Thumbprint pin = endpoint.pin();
		SSLSocketFactory factory = PinnedTls.context(new PinnedTrustManager(pin, host + ":" + port)).getSocketFactory();
		return () -> {
			try (SocketDeadline deadline = SocketDeadline.start(timeout);
					SSLSocket socket = (SSLSocket) factory.createSocket()) {
				deadline.register(socket);
				socket.connect(new InetSocketAddress(deadline.resolve(host)[0], port),
						deadline.connectTimeoutMillis(timeout));
				socket.setSoTimeout(deadline.connectTimeoutMillis(timeout));
				socket.setEnabledProtocols(PinnedTls.PROTOCOLS);
				socket.startHandshake();
				return true;
			}
			catch (SSLException ex) {
				// A peer that refuses the pin did answer: the real attempt says exit 60.
				return TransportOutcome.find(ex, PinMismatchException.class).isPresent();
			}
			catch (IOException | RuntimeException ex) {
				return false;
			}
		};
	}

}
