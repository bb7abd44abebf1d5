package dev.solutionagent.tls;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * SSL contexts whose only trust is a pinned thumbprint.
 */
public final class PinnedTls {

	/** The protocol versions the agent speaks: TLS 1.3 and 1.2, nothing older. */
	public static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

	private PinnedTls() {
	}

	/**
	 * An SSL context that trusts exactly the peers presenting the pinned certificate.
	 * @param trustManager the pinned trust manager
	 * @return the context
	 */
	public static SSLContext context(PinnedTrustManager trustManager) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { trustManager }, new SecureRandom());
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("TLS is not available in this JDK: " + ex.getMessage(), ex);
		}
	}

}
