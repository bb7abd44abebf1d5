package dev.solutionagent.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import dev.solutionagent.testsupport.TestHttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix: what a real deployment throws at {@code register}, each case
 * asserting the exit code, the result record, the done marker and the log. The
 * state-folder cases are in {@link StateFolderFaultTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class FaultMatrixTests {

	private static final String TOKEN = "ZmF1bHQtbWF0cml4LXRva2Vu";

	@TempDir
	Path dir;

	@RegisterExtension
	final FaultMatrix matrix = new FaultMatrix(() -> this.dir);

	@ParameterizedTest(name = "first answer {0}, then 200")
	@ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
	void registerWhenFirstAnswerIsTransientThenRetriesAndRegisters(int status, CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withFailFirst(1, status).withRetryAfter(Duration.ofSeconds(7)));
		FaultRun run = againstSimulator(output).exits(0).records("registered").marked(true).logs("answered " + status);
		assertThat(run.result().get("attempts").intValue()).isEqualTo(2);
		assertThat(this.matrix.clock.sleeps()).singleElement()
			.satisfies((wait) -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void registerWhenAnswerComesAfterTheReadTimeoutThenOutcomeUnknown(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withDelay(Duration.ofSeconds(3)));
		System.setProperty("agent.http.read-timeout", "300ms");
		try {
			againstSimulator(output, "--skip-preflight", "--deployed-at", "2026-11-23T09:32:30Z").exits(7)
				.records("outcome_unknown")
				.marked(false)
				.logs("did not answer in time");
		}
		finally {
			System.clearProperty("agent.http.read-timeout");
		}
	}

	@Test
	void registerWhenConnectionDroppedAfterTheRequestThenOutcomeUnknown(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withDropFirst(1));
		againstSimulator(output).exits(7)
			.records("outcome_unknown")
			.marked(false)
			.logs("broke after the request was sent")
			.logs("possibly registered");
	}

	@Test
	void registerWhenPinIsWrongThenTlsExitAndNothingSent(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withOtherCertificate(true));
		againstSimulator(output, "--skip-preflight").exits(60).records("tls").marked(false).logs("TLS pin mismatch");
		assertThat(this.matrix.simulator().requests()).isEmpty();
	}

	@Test
	void registerWhenCertificateRotatesBetweenAttemptsThenTlsExitOnTheSecond(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withFailFirst(1, 503));
		this.matrix.onFirstWait(() -> this.matrix.simulator().faults(Faults.none().withOtherCertificate(true)));
		againstSimulator(output, "--skip-preflight").exits(60).records("tls").marked(false).logs("answered 503");
		assertThat(this.matrix.simulator().requests()).hasSize(1);
	}

	@Test
	void registerWhenTokenExpiredThenTokenRefused(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withExpiredToken(true));
		againstSimulator(output).exits(4).records("token_refused").marked(false).logs("expired");
	}

	@Test
	void registerWhenTokenAlreadyUsedElsewhereThenTokenRefused(CapturedOutput output) throws IOException {
		againstSimulator(output).exits(0);
		Files.delete(this.matrix.stateDir().resolve("done"));
		Files.delete(this.matrix.stateDir().resolve("result.json"));
		againstSimulator(output).exits(4).records("token_refused").marked(false).logs("already used");
	}

	@Test
	void registerWhenPayloadRefusedThenPayloadExit(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withFailFirst(1, 400));
		againstSimulator(output).exits(5).records("payload_refused").marked(false).logs("vCenter refused the payload");
	}

	@Test
	void registerWhenWindowClosesMidBackoffThenWindowClosed(CapturedOutput output) {
		this.matrix.simulator().faults(Faults.none().withFailFirst(1_000_000, 503));
		againstSimulator(output).exits(6).records("window_closed").marked(false).logs("no further attempt");
		assertThat(this.matrix.simulator().tokenUsed()).isFalse();
	}

	@Test
	void registerWhenRunAgainAfterSuccessThenNothingIsSent(CapturedOutput output) {
		againstSimulator(output).exits(0).marked(true);
		int requests = this.matrix.simulator().requests().size();
		againstSimulator(output).exits(0).records("registered").marked(true).logs("Already registered");
		assertThat(this.matrix.simulator().requests()).hasSize(requests);
	}

	@Test
	void registerWhenEarlierRunDiedAfterSendingThenRefusalMeansPossiblyRegistered(CapturedOutput output)
			throws IOException {
		// The earlier run: its POST went through, then the appliance lost power before
		// the answer was recorded.
		againstSimulator(output).exits(0);
		Files.delete(this.matrix.stateDir().resolve("done"));
		// Power lost after sending: the last record either file holds is the one written
		// before the POST.
		Path result = this.matrix.stateDir().resolve("result.json");
		Files.writeString(result,
				Files.readString(result)
					.replace("\"registered\"", "\"sending\"")
					.replace("\"exitCode\" : 0", "\"exitCode\" : 7"));
		Path history = this.matrix.stateDir().resolve("history.jsonl");
		List<String> lines = Files.readAllLines(history);
		Files.write(history, lines.subList(0, lines.size() - 1));
		againstSimulator(output).exits(7)
			.records("outcome_unknown")
			.marked(false)
			.logs("An earlier run stopped after sending")
			.logs("possibly registered");
	}

	@Test
	void registerWhenEarlierRunDiedBeforeItsMarkerThenMarkerWrittenAndNothingSent(CapturedOutput output)
			throws IOException {
		againstSimulator(output).exits(0);
		Files.delete(this.matrix.stateDir().resolve("done"));
		int requests = this.matrix.simulator().requests().size();
		againstSimulator(output).exits(0).records("registered").marked(true).logs("the done marker was missing");
		assertThat(this.matrix.simulator().requests()).hasSize(requests);
	}

	@Test
	void registerWhenEndpointIsDownThenUpThenRegisters(CapturedOutput output) throws IOException {
		int port = freePort();
		AtomicReference<TestHttpsServer> server = new AtomicReference<>();
		this.matrix.onFirstWait(() -> server.set(TestHttpsServer.start("server", port,
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, "{}"))));
		try {
			againstPort(output, port).exits(0)
				.records("registered")
				.marked(true)
				.logs("cannot be reached")
				.neverShows(TOKEN);
		}
		finally {
			if (server.get() != null) {
				server.get().close();
			}
		}
	}

	@Test
	void registerWhenEndpointIsClosedFor45SecondsThenOnePostWithinHalfASecondOfItOpening(CapturedOutput output)
			throws IOException {
		int port = freePort();
		Instant opens = this.matrix.clock.instant().plusSeconds(45);
		AtomicReference<TestHttpsServer> server = new AtomicReference<>();
		List<Instant> posts = new CopyOnWriteArrayList<>();
		this.matrix.when(opens, () -> server.set(TestHttpsServer.start("server", port, (request, exchange, n) -> {
			posts.add(this.matrix.clock.instant());
			TestHttpsServer.respond(exchange, 200, "{}");
		})));
		try {
			againstPort(output, port).exits(0)
				.records("registered")
				.logs("Waiting for vCenter at 127.0.0.1:" + port + " to accept connections: 30 s so far")
				.logs("accepts connections after 45 s")
				.neverShows(TOKEN);
			assertThat(posts).hasSize(1);
			assertThat(Duration.between(opens, posts.get(0))).isBetween(Duration.ZERO, Duration.ofMillis(500));
		}
		finally {
			if (server.get() != null) {
				server.get().close();
			}
		}
	}

	@Test
	void registerWhenVcenterNameDoesNotResolveThenWindowClosed(CapturedOutput output) {
		this.matrix
			.register(output, environment("vcenter.invalid", TestKeys.SERVER_SHA256), "127.0.0.1:1", "--skip-preflight",
					"--deployed-at", "2026-11-23T09:32:30Z")
			.exits(6)
			.records("window_closed")
			.marked(false)
			.logs("UnknownHostException")
			.neverShows(TOKEN);
	}

	@Test
	void registerWhenPluginServerComesUpLateThenPreflightWaitsForIt(CapturedOutput output) {
		try (TestHttpsServer server = TestHttpsServer.start("server", (request, exchange, n) -> {
			boolean manifest = request.path().endsWith("plugin.json");
			TestHttpsServer.respond(exchange, (manifest && n <= 3) ? 404 : 200,
					manifest ? TestHttpsServer.MANIFEST : "{}");
		})) {
			String address = server.address();
			this.matrix.register(output, environment(address, server.sha256()), address)
				.exits(0)
				.records("registered")
				.marked(true)
				.logs("preflight of https://" + address + "/example/plugin.json attempt 3 failed")
				.logs("Preflight passed")
				.neverShows(TOKEN);
		}
	}

	private FaultRun againstSimulator(CapturedOutput output, String... more) {
		return this.matrix.againstSimulator(output, more);
	}

	// vCenter and the plug-in server at one port of 127.0.0.1, where nothing listens yet.
	private FaultRun againstPort(CapturedOutput output, int port) {
		String address = "127.0.0.1:" + port;
		return this.matrix.register(output, environment(address, TestKeys.SERVER_SHA256), address, "--skip-preflight");
	}

	// The solution-install environment, naming vCenter by host and port.
	private static OvfEnvironmentFiles environment(String vcenter, Object pin) {
		return OvfEnvironmentFiles.solutionInstall(TOKEN, vcenter + "/api/ui/solutioninstall", pin);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
