package dev.solutionagent.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.solutionagent.tls.PinnedTls;
import dev.solutionagent.tls.PinnedTrustManager;
import dev.solutionagent.tls.Thumbprint;

/**
 * A JDK HTTP client whose only trust is one pinned thumbprint, as the agent's will be.
 */
final class PinnedJdkClient {

	private final HttpClient client;

	private final SolutionInstallSimulator simulator;

	PinnedJdkClient(SolutionInstallSimulator simulator, Thumbprint pin) {
		this.simulator = simulator;
		this.client = HttpClient.newBuilder()
			.sslContext(PinnedTls.context(new PinnedTrustManager(pin, simulator.endpoint().getAuthority())))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static PinnedJdkClient of(SolutionInstallSimulator simulator) {
		return new PinnedJdkClient(simulator, simulator.thumbprint());
	}

	HttpResponse<String> post(String token, String body) throws IOException, InterruptedException {
		return send(postRequest(token, body).build());
	}

	HttpRequest.Builder postRequest(String token, String body) {
		return HttpRequest.newBuilder(this.simulator.endpoint())
			.header(SolutionInstallSimulator.TOKEN_HEADER, token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
