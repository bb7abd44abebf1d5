package dev.solutionagent.simulator;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.function.Supplier;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A server SSL context that hands each new connection to whichever real context a
 * supplier picks. The JDK's HttpsServer keeps the first context it is given, so this is
 * how a running simulator changes the certificate it presents. Each real context keeps
 * its own session cache and ticket keys, so a client cannot resume its way past the
 * switch.
 */
final class SwitchingSslContext extends SSLContext {

	SwitchingSslContext(Supplier<SSLContext> current) {
		super(new Spi(current), current.get().getProvider(), current.get().getProtocol());
	}

	private static final class Spi extends SSLContextSpi {

		private final Supplier<SSLContext> current;

		Spi(Supplier<SSLContext> current) {
			this.current = current;
		}

		@Override
		protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
				throws KeyManagementException {
			throw new KeyManagementException("the contexts it switches between are already initialized");
		}

		@Override
		protected SSLSocketFactory engineGetSocketFactory() {
			return this.current.get().getSocketFactory();
		}

		@Override
		protected SSLServerSocketFactory engineGetServerSocketFactory() {
			return this.current.get().getServerSocketFactory();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine() {
			return this.current.get().createSSLEngine();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine(String host, int port) {
			return this.current.get().createSSLEngine(host, port);
		}

		@Override
		protected SSLSessionContext engineGetServerSessionContext() {
			return this.current.get().getServerSessionContext();
		}

		@Override
		protected SSLSessionContext engineGetClientSessionContext() {
			return this.current.get().getClientSessionContext();
		}

		@Override
		protected SSLParameters engineGetDefaultSSLParameters() {
			return this.current.get().getDefaultSSLParameters();
		}

		@Override
		protected SSLParameters engineGetSupportedSSLParameters() {
			return this.current.get().getSupportedSSLParameters();
		}

	}

}
