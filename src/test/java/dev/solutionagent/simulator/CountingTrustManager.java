package dev.solutionagent.simulator;

import java.net.Socket;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import dev.solutionagent.tls.PinnedTrustManager;

/**
 * Counts how often a pinned trust manager is asked about a server, which tells a full
 * handshake (the server sends its certificate) from a resumed one (it does not). Every
 * decision is the pinned trust manager's.
 */
final class CountingTrustManager extends X509ExtendedTrustManager {

	private final PinnedTrustManager pinned;

	private final AtomicInteger checks = new AtomicInteger();

	CountingTrustManager(PinnedTrustManager pinned) {
		this.pinned = pinned;
	}

	int checks() {
		return this.checks.get();
	}

	SSLContext context() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { this }, new SecureRandom());
		return context;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.checks.incrementAndGet();
		this.pinned.checkServerTrusted(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.checks.incrementAndGet();
		this.pinned.checkServerTrusted(chain, authType, socket);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.checks.incrementAndGet();
		this.pinned.checkServerTrusted(chain, authType, engine);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.pinned.checkClientTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.pinned.checkClientTrusted(chain, authType, socket);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.pinned.checkClientTrusted(chain, authType, engine);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.pinned.getAcceptedIssuers();
	}

}
