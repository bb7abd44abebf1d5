package dev.solutionagent.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.solutionagent.tls.PinnedTls;
import dev.solutionagent.tls.PinnedTrustManager;
import dev.solutionagent.tls.Thumbprint;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Spring's RestClient on Apache HttpClient 5 whose only trust is one pinned thumbprint:
 * TLS 1.3 and 1.2, no redirects, no automatic retries, no cookies, no connection reuse.
 */
public final class PinnedClient implements AutoCloseable {

	private final CloseableHttpClient httpClient;

	private final RestClient rest;

	private final PinnedTrustManager trust;

	private PinnedClient(CloseableHttpClient httpClient, PinnedTrustManager trust) {
		this.httpClient = httpClient;
		this.trust = trust;
		this.rest = RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(httpClient)).build();
	}

	/**
	 * Create a client for one peer.
	 * @param pin the thumbprint the peer's certificate (or one of its chain) must have
	 * @param peer the host and port, for messages
	 * @param settings timeouts and User-Agent
	 * @return the client
	 */
	public static PinnedClient create(Thumbprint pin, String peer, HttpSettings settings) {
		PinnedTrustManager trust = new PinnedTrustManager(pin, peer);
		// The pin identifies the peer; vCenter is often reached by an IP its certificate
		// does not name.
		var tls = ClientTlsStrategyBuilder.create()
			.setSslContext(PinnedTls.context(trust))
			.setTlsVersions(TLS.V_1_3, TLS.V_1_2)
			.setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
			.setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
			.buildClassic();
		var connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setTlsSocketStrategy(tls)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(settings.connectTimeout()))
				.setSocketTimeout(Timeout.of(settings.readTimeout()))
				.build())
			.build();
		CloseableHttpClient httpClient = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setRedirectsEnabled(false)
				.setResponseTimeout(Timeout.of(settings.readTimeout()))
				.build())
			.setUserAgent(settings.userAgent())
			// A fresh connection per request: every attempt's handshake checks the pin
			// again, so a
			// certificate that changes between attempts is caught however the peer keeps
			// connections.
			.setConnectionReuseStrategy((request, response, context) -> false)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
		return new PinnedClient(httpClient, trust);
	}

	public RestClient rest() {
		return this.rest;
	}

	/**
	 * The trust manager, which remembers the chain the peer presented last.
	 * @return the trust manager
	 */
	public PinnedTrustManager trust() {
		return this.trust;
	}

	@Override
	public void close() {
		try {
			this.httpClient.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
