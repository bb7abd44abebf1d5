package dev.solutionagent.simulator.vim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.solutionagent.vim.VimXml;

/**
 * A local vCenter vim25 SOAP endpoint on {@code POST /sdk}, over HTTPS with the
 * certificate of the given SSL context (so it can share one with the solution-install
 * simulator). It answers RetrieveServiceContent, SessionManager.Login and Logout, and the
 * ExtensionManager's FindExtension, RegisterExtension, UpdateExtension and
 * UnregisterExtension; everything but RetrieveServiceContent and Login needs the
 * {@code vmware_soap_session} cookie of a Login. Requests are read strictly (see
 * {@link VimRequests}), so what passes here has the shape a real vCenter reads.
 */
public final class VimSimulator implements AutoCloseable {

	private final HttpsServer server;

	private final ExecutorService executor;

	private final VimRequests requests;

	private final AtomicInteger received = new AtomicInteger();

	private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

	private VimSimulator(HttpsServer server, ExecutorService executor, VimRequests requests) {
		this.server = server;
		this.executor = executor;
		this.requests = requests;
	}

	/**
	 * Start on an ephemeral port of the loopback address.
	 * @param tls the server's certificate and key
	 * @param users the accepted user names and their passwords
	 * @return the running simulator
	 */
	public static VimSimulator start(SSLContext tls, Map<String, String> users) {
		return start(tls, users, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
	}

	/**
	 * Start on an address.
	 * @param tls the server's certificate and key
	 * @param users the accepted user names and their passwords
	 * @param address where to listen
	 * @return the running simulator
	 */
	public static VimSimulator start(SSLContext tls, Map<String, String> users, InetSocketAddress address) {
		try {
			HttpsServer server = HttpsServer.create(address, 0);
			server.setHttpsConfigurator(new HttpsConfigurator(tls));
			ExecutorService executor = Executors.newFixedThreadPool(4);
			server.setExecutor(executor);
			VimSimulator simulator = new VimSimulator(server, executor, new VimRequests(users));
			server.createContext("/", simulator::handle);
			server.start();
			return simulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("vim25 simulator cannot listen on " + address + ": " + ex.getMessage(), ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.received.incrementAndGet();
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod()) || !"/sdk".equals(exchange.getRequestURI().getPath())) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			byte[] body = exchange.getRequestBody().readNBytes(VimXml.MAX_BYTES + 1);
			VimRequests.Call call = this.requests.answer(exchange.getRequestHeaders().getFirst("SOAPAction"),
					exchange.getRequestHeaders().getFirst("Cookie"), body);
			this.calls.add(call.method());
			SoapAnswer answer = call.answer();
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
			answer.setCookie().ifPresent((cookie) -> exchange.getResponseHeaders().set("Set-Cookie", cookie));
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			exchange.getResponseBody().write(bytes);
		}
	}

	/**
	 * The SOAP endpoint.
	 * @return {@code https://HOST:PORT/sdk}
	 */
	public URI sdk() {
		InetSocketAddress address = this.server.getAddress();
		String host = address.getAddress().getHostAddress();
		return URI
			.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/sdk");
	}

	/**
	 * How many HTTP requests were read; a refused TLS handshake reads none.
	 * @return the count
	 */
	public int requestCount() {
		return this.received.get();
	}

	/**
	 * The vim25 methods called, in order ({@code ?} for a body that named none).
	 * @return the method names
	 */
	public List<String> calls() {
		return List.copyOf(this.calls);
	}

	public int openSessions() {
		return this.requests.openSessions();
	}

	public Set<String> registeredKeys() {
		return this.requests.extensionManager().keys();
	}

	/**
	 * The extension as registered, as XML.
	 * @param key the extension key
	 * @return the {@code <extension>} element as received
	 */
	public Optional<String> extensionXml(String key) {
		return this.requests.extensionManager().xml(key);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
