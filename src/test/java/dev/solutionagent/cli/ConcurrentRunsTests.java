package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.TestHttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Two {@code register} runs on one state folder, as when an operator starts one while the
 * unit's is still waiting for vCenter: the second waits for the first, then finds it
 * done; the one-time token is sent once.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentRunsTests {

	private static final String TOKEN = "Y29uY3VycmVudC1ydW5zLXRva2Vu";

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.at("2026-11-23T10:01:00Z");

	@Test
	void registerWhenAnotherRunHoldsTheStateFolderThenWaitsAndFindsItDone(CapturedOutput output) throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		try (TestHttpsServer server = TestHttpsServer.start("server", (request, exchange, n) -> {
			if (request.path().endsWith("plugin.json")) {
				TestHttpsServer.respond(exchange, 200, "{\"manifestVersion\": \"1.0.0\"}");
				return;
			}
			await(answer);
			TestHttpsServer.respond(exchange, 200, "{}");
		})) {
			String[] args = args(server);
			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(args));
			waitUntil(() -> server.requests().stream().anyMatch((r) -> r.method().equals("POST")));
			CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> run(args));
			waitUntil(() -> output.getAll().contains("Another run holds"));
			answer.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).isZero();
			assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
			assertThat(server.requests().stream().filter((r) -> r.method().equals("POST"))).hasSize(1);
			assertThat(output.getAll()).contains("Already registered").doesNotContain(TOKEN);
			assertThat(Files.readAllLines(this.dir.resolve("state/history.jsonl"))).hasSize(2);
		}
	}

	private String[] args(TestHttpsServer server) throws IOException {
		Path environment = Files.writeString(this.dir.resolve("ovf-env.xml"),
				"""
						<Environment xmlns="http://schemas.dmtf.org/ovf/environment/1" xmlns:oe="http://schemas.dmtf.org/ovf/environment/1">
						  <PropertySection>
						    <Property oe:key="solutionInstall.token" oe:value="%s"/>
						    <Property oe:key="solutionInstall.postDeployData.endpoint" oe:value="%s"/>
						    <Property oe:key="solutionInstall.postDeployData.thumbprint" oe:value="%s"/>
						    <Property oe:key="example.adminEmail" oe:value="ops@example.com"/>
						  </PropertySection>
						</Environment>
						"""
					.formatted(TOKEN, server.uri("/api/ui/solutioninstall"), server.sha256()));
		Path descriptor = Files.writeString(this.dir.resolve("extension.yaml"),
				Files.readString(Path.of("examples/extension.yaml"))
					.replace("${appliance.address}", "127.0.0.1:" + server.uri("/").getPort()));
		return new String[] { "register", "--ovf-env", environment.toString(), "--descriptor", descriptor.toString(),
				"--certificate", "src/test/resources/tls/server.pem", "--state-dir",
				this.dir.resolve("state").toString(), "--deployed-at", "2026-11-23T10:00:00Z" };
	}

	private int run(String[] args) {
		return new Cli(new AgentRuntime(this.clock, this.clock.sleeper(), new Random(9)), System.out, System.err)
			.run(args);
	}

	// Waits for an event, not for time: the guard only stops a test that would hang.
	private static void waitUntil(BooleanSupplier condition) {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			while (!condition.getAsBoolean()) {
				// Polls for the event; the pause only keeps the poll off the other core.
				LockSupport.parkNanos(1_000_000);
			}
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
