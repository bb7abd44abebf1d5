package dev.solutionagent.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.solutionagent.environment.Secret;

/**
 * Every request passes here: it is recorded, routed, and then the faults decide whether
 * the answer is replaced, delayed or never written.
 */
final class SimulatorHandler implements HttpHandler {

	static final String MANIFEST_PATH = "/plugin/plugin.json";

	static final String REGISTRATIONS_PATH = "/simulator/registrations";

	private static final int MAX_BODY = 1024 * 1024;

	// A demo left running must not grow without bound.
	private static final int MAX_RECORDED = 1000;

	private final SolutionInstallEndpoint endpoint;

	private final FaultState faults;

	private final Clock clock;

	private final byte[] manifest;

	private final List<RecordedRequest> requests = new ArrayList<>();

	SimulatorHandler(SolutionInstallEndpoint endpoint, FaultState faults, Clock clock) {
		this.endpoint = endpoint;
		this.faults = faults;
		this.clock = clock;
		this.manifest = manifest();
	}

	private static byte[] manifest() {
		try (InputStream in = SimulatorHandler.class.getResourceAsStream("plugin.json")) {
			if (in == null) {
				throw new IllegalStateException("plugin.json is missing from the simulator's resources");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			serve(exchange);
		}
		catch (InterruptedException ex) {
			// The simulator is closing: leave without an answer.
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// A bug here must not pose as the "response lost" fault.
			write(exchange, Response.message(500, "simulator failure: " + ex));
		}
		finally {
			// Without a response sent, this closes the connection: the "response lost"
			// fault relies on it.
			exchange.close();
		}
	}

	private void serve(HttpExchange exchange) throws IOException, InterruptedException {
		byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
		boolean tooLarge = body.length > MAX_BODY;
		Optional<String> token = Optional
			.ofNullable(exchange.getRequestHeaders().getFirst(SolutionInstallEndpoint.TOKEN_HEADER));
		record(exchange, tooLarge ? Arrays.copyOf(body, MAX_BODY) : body, token);
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		boolean install = path.equals(SolutionInstallEndpoint.PATH) && method.equals("POST");
		FaultState.Decision decision = install ? this.faults.nextPost() : this.faults.other();
		Response response;
		if (decision.fail()) {
			response = failure(decision.faults());
		}
		else if (tooLarge) {
			response = Response.message(413, "the body is larger than " + MAX_BODY + " bytes");
		}
		else if (install) {
			response = this.endpoint.post(token,
					Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), body,
					decision.faults().expiredToken());
		}
		else {
			response = route(method, path);
		}
		if (!decision.faults().delay().isZero()) {
			Thread.sleep(decision.faults().delay().toMillis());
		}
		if (!decision.drop()) {
			write(exchange, response);
		}
	}

	private Response route(String method, String path) {
		// The simulator also plays the plug-in server, wherever a descriptor puts its
		// manifest.
		if (path.endsWith("/plugin.json")) {
			return method.equals("GET") ? new Response(200, Map.of(), "application/json", this.manifest)
					: Response.message(405, "use GET").withHeader("Allow", "GET");
		}
		return switch (path) {
			case SolutionInstallEndpoint.PATH -> Response.message(405, "use POST").withHeader("Allow", "POST");
			case REGISTRATIONS_PATH -> method.equals("GET") ? this.endpoint.describe()
					: Response.message(405, "use GET").withHeader("Allow", "GET");
			default ->
				Response.message(404, "nothing at " + path + "; the simulator serves " + SolutionInstallEndpoint.PATH
						+ ", " + REGISTRATIONS_PATH + " and any path ending in /plugin.json");
		};
	}

	private static Response failure(Faults faults) {
		Response response = Response.message(faults.failStatus(),
				"simulated failure " + faults.failStatus() + "; the request was not processed");
		return faults.retryAfter()
			.map((delay) -> response.withHeader("Retry-After", Long.toString(delay.toSeconds())))
			.orElse(response);
	}

	private void record(HttpExchange exchange, byte[] body, Optional<String> token) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name, name.equalsIgnoreCase(SolutionInstallEndpoint.TOKEN_HEADER)
					? values.stream().map(Secret::describe).toList() : values));
		RecordedRequest request = new RecordedRequest(this.clock.instant(), exchange.getRequestMethod(),
				exchange.getRequestURI(), headers, body, token.map(Secret::of));
		synchronized (this.requests) {
			if (this.requests.size() == MAX_RECORDED) {
				this.requests.remove(0);
			}
			this.requests.add(request);
		}
	}

	List<RecordedRequest> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	private static void write(HttpExchange exchange, Response response) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", response.contentType());
		response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] body = response.body();
		exchange.sendResponseHeaders(response.status(), (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
