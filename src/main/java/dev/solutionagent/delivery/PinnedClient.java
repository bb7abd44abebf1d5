package dev.solutionagent.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.Function;

import javax.net.ssl.SSLSocket;

import dev.solutionagent.tls.PinnedTls;
import dev.solutionagent.tls.PinnedTrustManager;
import dev.solutionagent.tls.SocketDeadline;
import dev.solutionagent.tls.Thumbprint;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Spring's RestClient on Apache HttpClient 5 whose only trust is one pinned thumbprint of
 * the peer's leaf certificate: TLS 1.3 and 1.2, no redirects, no automatic retries, no
 * cookies, no decompression, a new connection for every exchange, and one deadline over
 * each exchange from the name look-up to the last byte of the answer.
 */
public final class PinnedClient implements AutoCloseable {

	private final CloseableHttpClient httpClient;

	private final RestClient rest;

	private final PinnedTrustManager trust;

	private final String peer;

	// The exchange in progress on this thread: HttpClient's classic API creates the
	// socket, looks the name up and shakes hands on the calling thread.
	private final ThreadLocal<SocketDeadline> current;

	private PinnedClient(CloseableHttpClient httpClient, PinnedTrustManager trust, String peer,
			ThreadLocal<SocketDeadline> current) {
		this.httpClient = httpClient;
		this.trust = trust;
		this.peer = peer;
		this.current = current;
		this.rest = RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(httpClient)).build();
	}

	/**
	 * Create a client for one peer.
	 * @param endpoint the peer and the thumbprint its leaf certificate must have
	 * @param settings timeouts and User-Agent
	 * @return the client
	 */
	public static PinnedClient create(PinnedEndpoint endpoint, HttpSettings settings) {
		Thumbprint pin = endpoint.pin();
		String peer = endpoint.peer();
		PinnedTrustManager trust = new PinnedTrustManager(pin, peer);
		ThreadLocal<SocketDeadline> current = new ThreadLocal<>();
		// The pin identifies the peer; vCenter is often reached by an IP its certificate
		// does not name.
		TlsSocketStrategy tls = ClientTlsStrategyBuilder.create()
			.setSslContext(PinnedTls.context(trust))
			.setTlsVersions(TLS.V_1_3, TLS.V_1_2)
			.setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
			.setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
			.buildClassic();
		TlsSocketStrategy watched = (socket, target, port, attachment, context) -> {
			SSLSocket upgraded = tls.upgrade(socket, target, port, attachment, context);
			deadline(current).handshakeCompleted();
			return upgraded;
		};
		DnsResolver names = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return deadline(current).resolve(host);
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}

		};
		var operator = new DefaultHttpClientConnectionOperator((proxy) -> {
			Socket socket = new Socket();
			deadline(current).register(socket);
			return socket;
		}, DefaultSchemePortResolver.INSTANCE, names,
				RegistryBuilder.<TlsSocketStrategy>create().register("https", watched).build());
		var connections = new BasicHttpClientConnectionManager(operator, null);
		connections.setConnectionConfig(ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(settings.connectTimeout()))
			.setSocketTimeout(Timeout.of(settings.readTimeout()))
			.build());
		CloseableHttpClient httpClient = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setRedirectsEnabled(false)
				.setResponseTimeout(Timeout.of(settings.readTimeout()))
				.build())
			.setUserAgent(settings.userAgent())
			// A fresh connection per exchange: every attempt's handshake checks the pin
			// again, so a certificate that changes between attempts is caught.
			.setConnectionReuseStrategy((request, response, context) -> false)
			// A compressed answer would be inflated past any cap on what is read.
			.disableContentCompression()
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
		return new PinnedClient(httpClient, trust, peer, current);
	}

	private static SocketDeadline deadline(ThreadLocal<SocketDeadline> current) {
		SocketDeadline deadline = current.get();
		if (deadline == null) {
			throw new IllegalStateException("a pinned connection is only opened inside PinnedClient.exchange");
		}
		return deadline;
	}

	/**
	 * Run one exchange under one deadline. The answer's body is read up to a cap, then
	 * the connection is closed: what the peer sends beyond it is never read, never
	 * inflated and never drained.
	 * @param budget how long the exchange may take, look-up to last byte
	 * @param maxBody the most of the body that is read
	 * @param request the request, built on the client's RestClient
	 * @return the answer
	 * @throws ExchangeFailure when no answer came, with whether the request may have
	 * reached the peer
	 */
	public Answer exchange(Duration budget, int maxBody, Function<RestClient, RestClient.RequestHeadersSpec<?>> request)
			throws ExchangeFailure {
		try (SocketDeadline deadline = SocketDeadline.start(budget)) {
			this.current.set(deadline);
			try {
				return request.apply(this.rest).exchange((req, response) -> {
					Answer answer = Answer.read(response, maxBody);
					boolean late = deadline.hasExpired();
					// Before RestClient closes the response, which would read the rest.
					deadline.close();
					return (answer.bodyFailure() != null && late)
							? answer.withBodyFailure(new SocketTimeoutException(
									"the body did not arrive within the exchange's " + Durations.words(budget)))
							: answer;
				}, false);
			}
			catch (ResourceAccessException ex) {
				IOException cause = (ex.getCause() instanceof IOException io) ? io
						: new IOException(ex.getMessage(), ex);
				throw new ExchangeFailure(this.peer, cause, deadline.handshakeWasCompleted(), deadline.hasExpired(),
						budget);
			}
			finally {
				this.current.remove();
			}
		}
	}

	/**
	 * The host and port, for messages.
	 * @return for example {@code vc.example.com} or {@code 127.0.0.1:8443}
	 */
	public String peer() {
		return this.peer;
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
