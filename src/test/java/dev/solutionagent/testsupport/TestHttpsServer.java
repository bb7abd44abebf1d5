package dev.solutionagent.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.solutionagent.tls.Thumbprint;

/**
 * A bare JDK HttpsServer on 127.0.0.1 with a test keystore, answering with a scripted
 * handler and recording every request it reads.
 */
public final class TestHttpsServer implements AutoCloseable {

	/**
	 * The smallest remote plug-in manifest the preflight accepts.
	 */
	public static final String MANIFEST = "{\"manifestVersion\": \"1.0.0\"}";

	private final HttpsServer server;

	private final X509Certificate certificate;

	private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

	private TestHttpsServer(HttpsServer server, X509Certificate certificate) {
		this.server = server;
		this.certificate = certificate;
	}

	/**
	 * Start a server.
	 * @param keystore {@code server} or {@code other}, a keystore in
	 * src/test/resources/tls
	 * @param handler answers each request
	 * @return the running server
	 */
	public static TestHttpsServer start(String keystore, Handler handler) {
		return start(keystore, 0, handler);
	}

	/**
	 * Start a server on a given port, for a peer that comes up late.
	 * @param keystore {@code server} or {@code other}, a keystore in
	 * src/test/resources/tls
	 * @param port the port, 0 for any free one
	 * @param handler answers each request
	 * @return the running server
	 */
	public static TestHttpsServer start(String keystore, int port, Handler handler) {
		try {
			KeyStore store = TestTls.load(keystore);
			SSLContext context = TestTls.serverContext(keystore);
			HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(context));
			server.setExecutor(Executors.newCachedThreadPool());
			TestHttpsServer test = new TestHttpsServer(server, (X509Certificate) store.getCertificate(keystore));
			server.createContext("/", (exchange) -> test.handle(exchange, handler));
			server.start();
			return test;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void handle(HttpExchange exchange, Handler handler) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8));
		this.requests.add(request);
		try (exchange) {
			handler.handle(request, exchange, this.requests.size());
		}
	}

	/**
	 * Start a plug-in server that serves {@link #MANIFEST} to every request.
	 * @return the running server
	 */
	public static TestHttpsServer pluginServer() {
		return start("server", (request, exchange, n) -> respond(exchange, 200, MANIFEST));
	}

	/**
	 * One server as plug-in server and vCenter: {@link #MANIFEST} at every path ending in
	 * {@code plugin.json}, every other request to a handler.
	 * @param other answers the rest
	 * @return the handler
	 */
	public static Handler servingManifest(Handler other) {
		return (request, exchange, n) -> {
			if (request.path().endsWith("plugin.json")) {
				respond(exchange, 200, MANIFEST);
			}
			else {
				other.handle(request, exchange, n);
			}
		};
	}

	/**
	 * Answer with a status and a body.
	 * @param exchange the exchange
	 * @param status the status
	 * @param body the body
	 */
	public static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}

	public URI uri(String path) {
		return URI.create("https://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	/**
	 * Host and port, as {@code ${appliance.address}} takes them.
	 * @return such as {@code 127.0.0.1:40123}
	 */
	public String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	public Thumbprint sha256() {
		return Thumbprint.of(this.certificate, Thumbprint.Algorithm.SHA256);
	}

	public X509Certificate certificate() {
		return this.certificate;
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * Answers one request.
	 */
	@FunctionalInterface
	public interface Handler {

		void handle(Request request, HttpExchange exchange, int number) throws IOException;

	}

	/**
	 * A request as the server read it.
	 *
	 * @param method the method
	 * @param path the path
	 * @param headers the headers (names as the JDK normalizes them: first letter upper)
	 * @param body the body
	 */
	public record Request(String method, String path, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
