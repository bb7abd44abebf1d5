package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.testsupport.ExampleDescriptor;
import dev.solutionagent.testsupport.HostilePeer;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.testsupport.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every pinned path of the CLI against an attacker on the network path: an impostor that
 * presents vCenter's (or the plug-in server's) genuine certificate behind a leaf of its
 * own gets no byte of a request and no password; a peer that dribbles or never stops is
 * cut off by the exchange's deadline, and the run ends with a true record.
 */
class UnderAttackTests {

	private static final String TOKEN = "dW5kZXItYXR0YWNrLXRva2VuLW5ldmVyLXNlbnQ=";

	private static final String PASSWORD = "Att4ck-S3cret";

	private static final String GENUINE = TestTls.sha256("server").toString();

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");

	private final TestHttpsServer pluginServer = TestHttpsServer.pluginServer();

	@BeforeEach
	void shortTimeouts() {
		// Socket timeouts the hostile peers stay inside: only the deadline can stop them.
		System.setProperty("agent.http.connect-timeout", "400ms");
		System.setProperty("agent.http.read-timeout", "800ms");
		System.setProperty("agent.preflight-timeout", "3s");
	}

	@AfterEach
	void clear() {
		System.clearProperty("agent.http.connect-timeout");
		System.clearProperty("agent.http.read-timeout");
		System.clearProperty("agent.preflight-timeout");
		this.pluginServer.close();
	}

	@Test
	void registerWhenTheEndpointIsAnImpostorThenExit60AndItReadsNothing() throws IOException {
		try (HostilePeer impostor = HostilePeer.impostor()) {
			CliRun run = register(environment(impostor.uri("/api/ui/solutioninstall").toString()), "--skip-preflight");
			assertThat(run.exitCode()).as(run.err()).isEqualTo(60);
			assertThat(run.err()).contains("but the pin is " + GENUINE).contains("only the leaf counts");
			assertThat(impostor.handshakes()).isZero();
			assertThat(impostor.bytesRead()).isZero();
			assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("\"outcome\" : \"tls\"");
			assertThat(run.all()).doesNotContain(TOKEN);
		}
	}

	@Test
	void registerWhenThePluginServerIsAnImpostorThenPreflightFailsAndItReadsNothing() throws IOException {
		try (HostilePeer impostor = HostilePeer.impostor()) {
			CliRun run = register(environment(this.pluginServer.uri("/api/ui/solutioninstall").toString()),
					"--manifest-host", "127.0.0.1:" + impostor.port());
			assertThat(run.exitCode()).as(run.err()).isEqualTo(10);
			assertThat(run.err()).contains("Preflight failed")
				.contains("server[0].serverThumbprint declares " + GENUINE);
			assertThat(impostor.bytesRead()).isZero();
			assertThat(this.pluginServer.requests()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "register", "info", "unregister" })
	void extensionWhenVcenterIsAnImpostorThenExit60AndNoPasswordLeaves(String subcommand) throws IOException {
		try (HostilePeer impostor = HostilePeer.impostor()) {
			List<String> args = new ArrayList<>(List.of("extension", subcommand, "--vcenter",
					impostor.uri("/sdk").toString(), "--vcenter-thumbprint", GENUINE, "--credentials",
					credentials().toString(), "--key", "com.example.vsphere.remoteplugin"));
			if (subcommand.equals("register")) {
				args.subList(args.size() - 2, args.size()).clear();
				args.addAll(List.of("--descriptor", "examples/extension.yaml", "--ovf-env", "examples/ovf-env.xml",
						"--certificate", "examples/plugin-server.pem", "--appliance-address", "10.0.0.50",
						"--skip-preflight"));
			}
			CliRun run = run(args);
			assertThat(run.exitCode()).as(run.err()).isEqualTo(60);
			assertThat(run.err()).contains("but the pin is " + GENUINE);
			assertThat(impostor.bytesRead()).isZero();
			assertThat(run.all()).doesNotContain(PASSWORD);
		}
	}

	@Test
	void registerWithoutTokenWhenVcenterIsAnImpostorThenExit60AndCredentialsNeverLeave() throws IOException {
		try (HostilePeer impostor = HostilePeer.impostor()) {
			Path environment = OvfEnvironmentFiles.extensionManager(impostor.uri("/sdk"), GENUINE, PASSWORD)
				.writeTo(this.dir);
			CliRun run = register(environment, "--skip-preflight");
			assertThat(run.exitCode()).as(run.err()).isEqualTo(60);
			assertThat(impostor.bytesRead()).isZero();
			assertThat(run.all()).doesNotContain(PASSWORD);
			assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("\"outcome\" : \"tls\"")
				.doesNotContain(PASSWORD);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "DRIBBLE_HEADERS", "DRIBBLE_BODY", "ENDLESS_PROCESSING" })
	void registerWhenVcenterNeverFinishesAnswerThenBoundedAndRecordedAsPossiblyRegistered(String behaviour)
			throws IOException {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.valueOf(behaviour))) {
			// Five seconds of the window are left: three attempts, each cut off by its
			// deadline.
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> register(environment(peer.uri("/api/ui/solutioninstall").toString()), "--skip-preflight",
							"--deployed-at", "2026-11-23T09:31:05Z"));
			if (behaviour.equals("DRIBBLE_BODY")) {
				// The status line came: 200 is registered, whatever the body does after.
				assertThat(run.exitCode()).as(run.err()).isZero();
				assertThat(peer.connections()).isEqualTo(1);
				return;
			}
			assertThat(run.exitCode()).as(run.err()).isEqualTo(7);
			assertThat(run.err()).contains("possibly registered")
				.contains("attempts sent the request and got no answer");
			assertThat(peer.connections()).isBetween(2, 4);
			String result = Files.readString(this.dir.resolve("state/result.json"));
			assertThat(result).contains("\"outcome\" : \"outcome_unknown\"").doesNotContain("\"sending\"");
		}
	}

	@Test
	void registerWhenVcenterDribblesItsHandshakeThenBoundedAndTheTokenUnspent() throws IOException {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.DRIBBLE_HANDSHAKE)) {
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> register(environment(peer.uri("/api/ui/solutioninstall").toString()), "--skip-preflight",
							"--deployed-at", "2026-11-23T09:31:05Z"));
			assertThat(run.exitCode()).as(run.err()).isEqualTo(6);
			assertThat(run.err()).contains("did not complete the TLS handshake within the exchange's 1.2 s");
			assertThat(Files.readString(this.dir.resolve("state/result.json")))
				.contains("\"outcome\" : \"window_closed\"");
		}
	}

	@Test
	void registerWhenRefusalBodyNeverEndsThenExit5WithoutReadingIt() throws IOException {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.ENDLESS_BODY)) {
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> register(environment(peer.uri("/api/ui/solutioninstall").toString()), "--skip-preflight"));
			assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
			assertThat(run.err()).contains("answered 400: xxxx");
			assertThat(peer.bytesWritten()).isLessThan(32L * 1024 * 1024);
		}
	}

	@Test
	void registerWhenPluginServerDribblesItsHandshakeThenPreflightStopsAtItsOwnDeadline() throws IOException {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.DRIBBLE_HANDSHAKE)) {
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> register(environment(this.pluginServer.uri("/api/ui/solutioninstall").toString()),
							"--manifest-host", "127.0.0.1:" + peer.port()));
			assertThat(run.exitCode()).as(run.err()).isEqualTo(10);
			assertThat(run.err()).contains("the preflight's time closes at")
				.contains("did not complete the TLS handshake");
			assertThat(this.pluginServer.requests()).isEmpty();
		}
	}

	@Test
	void extensionInfoWhenVcenterDribblesThenExit6AtTheDeadline() throws IOException {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.DRIBBLE_HEADERS)) {
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> run(List.of("extension", "info", "--vcenter", peer.uri("/sdk").toString(),
							"--vcenter-thumbprint", GENUINE, "--credentials", credentials().toString(), "--key",
							"com.example.vsphere.remoteplugin")));
			assertThat(run.exitCode()).as(run.err()).isEqualTo(6);
			assertThat(run.err()).contains("sent no complete answer within the exchange's 1.2 s");
		}
	}

	@Test
	void thumbprintWhenServerDribblesItsHandshakeThenEndsAtTheConnectTimeout() {
		try (HostilePeer peer = HostilePeer.start(HostilePeer.Behaviour.DRIBBLE_HANDSHAKE)) {
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> run(List.of("thumbprint", "--url", peer.uri("").toString())));
			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.err()).contains("presented no certificate within");
		}
	}

	private Path environment(String endpoint) {
		return OvfEnvironmentFiles.solutionInstall(TOKEN, endpoint, GENUINE).writeTo(this.dir);
	}

	private Path credentials() {
		return CredentialsFiles.write(this.dir, PASSWORD);
	}

	// --manifest-host (a test-only pseudo option) points client[0].url at another host.
	private CliRun register(Path environment, String... more) {
		String manifestHost = this.pluginServer.address();
		List<String> args = new ArrayList<>(List.of("register", "--ovf-env", environment.toString(), "--certificate",
				"src/test/resources/tls/server.pem", "--state-dir", this.dir.resolve("state").toString(),
				"--deployed-at", "2026-11-23T09:59:00Z"));
		for (int i = 0; i < more.length; i++) {
			if (more[i].equals("--manifest-host")) {
				manifestHost = more[++i];
			}
			else if (more[i].equals("--deployed-at")) {
				args.set(args.indexOf("--deployed-at") + 1, more[++i]);
			}
			else {
				args.add(more[i]);
			}
		}
		args.addAll(List.of("--descriptor", ExampleDescriptor.writeTo(this.dir, manifestHost).toString()));
		return run(args);
	}

	private CliRun run(List<String> args) {
		return CliRun.of(CliRun.virtualTime(this.clock, 5), args);
	}

}
