package dev.solutionagent.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import dev.solutionagent.testsupport.ExampleDescriptor;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
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
		try (TestHttpsServer server = TestHttpsServer.start("server",
				TestHttpsServer.servingManifest((request, exchange, n) -> {
					await(answer);
					TestHttpsServer.respond(exchange, 200, "{}");
				}))) {
			String[] args = args(server);
			CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(() -> run(args));
			waitUntil(() -> server.requests().stream().anyMatch((r) -> r.method().equals("POST")));
			CompletableFuture<CliRun> second = CompletableFuture.supplyAsync(() -> run(args));
			waitUntil(() -> output.getAll().contains("Another run holds"));
			answer.countDown();
			CliRun firstRun = first.get(30, TimeUnit.SECONDS);
			CliRun secondRun = second.get(30, TimeUnit.SECONDS);
			assertThat(firstRun.exitCode()).isZero();
			assertThat(secondRun.exitCode()).isZero();
			assertThat(server.requests().stream().filter((r) -> r.method().equals("POST"))).hasSize(1);
			assertThat(output.getAll() + firstRun.all() + secondRun.all()).contains("Already registered")
				.doesNotContain(TOKEN);
			assertThat(Files.readAllLines(this.dir.resolve("state/history.jsonl"))).hasSize(2);
		}
	}

	private String[] args(TestHttpsServer server) {
		Path environment = OvfEnvironmentFiles
			.solutionInstall(TOKEN, server.uri("/api/ui/solutioninstall"), server.sha256())
			.writeTo(this.dir);
		Path descriptor = ExampleDescriptor.writeTo(this.dir, server.address());
		return new String[] { "register", "--ovf-env", environment.toString(), "--descriptor", descriptor.toString(),
				"--certificate", "src/test/resources/tls/server.pem", "--state-dir",
				this.dir.resolve("state").toString(), "--deployed-at", "2026-11-23T10:00:00Z" };
	}

	private CliRun run(String[] args) {
		return CliRun.of(CliRun.virtualTime(this.clock, 9), args);
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
