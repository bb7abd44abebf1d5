package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.solutionagent.testsupport.ExampleDescriptor;
import dev.solutionagent.testsupport.FakeVmwareTools;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code register} end to end in-process: environment file, descriptor, a real HTTPS
 * endpoint on 127.0.0.1, the state folder, and the exit code.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegisterCommandTests {

	private static final String TOKEN = "cmVnaXN0ZXItY29tbWFuZC10b2tlbg==";

	private static final String NEW_TOKEN = "YS1uZXctdG9rZW4tZnJvbS1hLXJlZGVwbG95bWVudA==";

	private String token = TOKEN;

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.at("2026-11-23T10:01:00Z");

	@AfterEach
	void tokenNeverPrinted(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain(NEW_TOKEN);
	}

	@Test
	void registerWhenAcceptedThenExit0ResultAndMarkerAndSecondRunSkips() throws IOException {
		try (TestHttpsServer server = server(200)) {
			CliRun run = register(server, server.sha256());
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.out()).contains(
					"Registered com.example.vsphere.remoteplugin 1.2.0.0 with 127.0.0.1 (HTTP 200 after 1 attempt)");
			assertThat(this.dir.resolve("state/done")).exists();
			assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("\"outcome\" : \"registered\"")
				.doesNotContain(TOKEN);
			assertThat(server.requests()).hasSize(2);
			CliRun again = register(server, server.sha256());
			assertThat(again.exitCode()).isZero();
			assertThat(again.out()).contains("Already registered");
			assertThat(server.requests()).hasSize(2);
		}
	}

	@Test
	void registerWhenForcedWithTheTokenThatRegisteredThenRefusedWithoutSendingAndTheRecordKept() throws IOException {
		try (TestHttpsServer server = server(200)) {
			assertThat(register(server, server.sha256()).exitCode()).isZero();
			String registered = Files.readString(this.dir.resolve("state/result.json"));
			CliRun forced = register(server, server.sha256(), "--force");
			assertThat(forced.exitCode()).isEqualTo(4);
			assertThat(forced.err()).contains("--force refused").contains("already registered the plug-in");
			assertThat(server.requests()).hasSize(2);
			assertThat(Files.readString(this.dir.resolve("state/result.json"))).isEqualTo(registered);
			assertThat(this.dir.resolve("state/done")).exists();
			this.token = NEW_TOKEN;
			CliRun redeployed = register(server, server.sha256(), "--force");
			assertThat(redeployed.exitCode()).as(redeployed.err()).isZero();
			assertThat(server.requests()).hasSize(4);
			assertThat(Files.readAllLines(this.dir.resolve("state/history.jsonl"))).hasSize(4)
				.noneMatch((line) -> line.contains(TOKEN) || line.contains(NEW_TOKEN));
		}
	}

	@Test
	void registerWhenTokenRefusedThenExit4ResultWithoutMarker() throws IOException {
		try (TestHttpsServer server = server(401)) {
			CliRun run = register(server, server.sha256());
			assertThat(run.exitCode()).isEqualTo(4);
			assertThat(run.err()).contains("token was refused or has expired");
			assertThat(this.dir.resolve("state/done")).doesNotExist();
			assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("token_refused");
		}
	}

	@Test
	void registerWhenPinMismatchThenExit60AndTheEndpointReadsNothing() throws IOException {
		try (TestHttpsServer server = server(200)) {
			CliRun run = register(server, Thumbprint.parse("EF".repeat(32)), "--skip-preflight");
			assertThat(run.exitCode()).isEqualTo(60);
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void registerWhenWindowClosedBeforeStartThenExit6WithoutSending() throws IOException {
		try (TestHttpsServer server = server(200)) {
			CliRun run = register(server, server.sha256(), "--deployed-at", "2026-11-23T09:00:00Z");
			assertThat(run.exitCode()).isEqualTo(6);
			assertThat(run.err()).contains("before the first attempt");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void registerWhenPreflightSeesAnotherCertificateThenExit10AndNoRegistration() throws IOException {
		try (TestHttpsServer server = server(200)) {
			CliRun run = register(server, server.sha256(), "--certificate", "src/test/resources/tls/other.pem");
			assertThat(run.exitCode()).isEqualTo(10);
			assertThat(run.err()).contains("Preflight failed").contains("server[0].serverThumbprint declares");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void registerWhenEnvironmentCameFromGuestInfoThenTokenScrubbedFromItAfterwards() throws IOException {
		try (TestHttpsServer server = server(200)) {
			FakeVmwareTools tools = guestInfo(server);
			CliRun run = registerFromGuestInfo(server, tools);
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(tools.written()).hasValueSatisfying((written) -> assertThat(written).doesNotContain(TOKEN)
				.doesNotContain("solutionInstall.token")
				.contains("solutionInstall.postDeployData.endpoint"));
			assertThat(tools.calls()).allSatisfy((call) -> assertThat(call.exposed()).doesNotContain(TOKEN));
		}
	}

	@Test
	void registerWhenTheGuestInfoScrubFailsThenStillExit0AndTheFailureIsLogged(CapturedOutput output)
			throws IOException {
		try (TestHttpsServer server = server(200)) {
			FakeVmwareTools tools = guestInfo(server);
			tools.failInfoSet(1);
			CliRun run = registerFromGuestInfo(server, tools);
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(this.dir.resolve("state/done")).exists();
			assertThat(output).contains("refused info-set guestinfo.ovfEnv (exit status 1)")
				.contains("solutionInstall.token stays in the guest's guestinfo.ovfEnv");
		}
	}

	// guestinfo.ovfEnv serves the document a first registration wrote, whose state is
	// then removed so that the next run registers again.
	private FakeVmwareTools guestInfo(TestHttpsServer server) throws IOException {
		Path guestinfo = this.dir.resolve("guestinfo.xml");
		FakeVmwareTools tools = FakeVmwareTools.install(Files.createDirectory(this.dir.resolve("tools")), guestinfo);
		register(server, server.sha256());
		Files.move(this.dir.resolve("ovf-env.xml"), guestinfo);
		Files.delete(this.dir.resolve("state/done"));
		Files.delete(this.dir.resolve("state/result.json"));
		return tools;
	}

	private CliRun registerFromGuestInfo(TestHttpsServer server, FakeVmwareTools tools) throws IOException {
		System.setProperty("agent.transport.rpctool", tools.rpctool().toString());
		System.setProperty("agent.transport.vmtoolsd", tools.vmtoolsd().toString());
		try {
			return register(server, server.sha256(), "--ovf-env", "");
		}
		finally {
			System.clearProperty("agent.transport.rpctool");
			System.clearProperty("agent.transport.vmtoolsd");
		}
	}

	private TestHttpsServer server(int status) {
		return TestHttpsServer.start("server", TestHttpsServer.servingManifest((request, exchange, n) -> TestHttpsServer
			.respond(exchange, status, "{\"message\": \"answer " + status + "\"}")));
	}

	// Options given again in more replace the defaults; an empty value leaves one out.
	private CliRun register(TestHttpsServer server, Thumbprint pin, String... more) {
		Path environment = OvfEnvironmentFiles.solutionInstall(this.token, server.uri("/api/ui/solutioninstall"), pin)
			.writeTo(this.dir);
		Map<String, String> options = new LinkedHashMap<>();
		options.put("--ovf-env", environment.toString());
		options.put("--descriptor", ExampleDescriptor.writeTo(this.dir, server.address()).toString());
		options.put("--certificate", "src/test/resources/tls/server.pem");
		options.put("--state-dir", this.dir.resolve("state").toString());
		options.put("--deployed-at", "2026-11-23T10:00:00Z");
		List<String> args = new ArrayList<>(List.of("register"));
		for (int i = 0; i < more.length; i++) {
			if (options.containsKey(more[i])) {
				options.put(more[i], more[++i]);
			}
			else {
				args.add(more[i]);
			}
		}
		options.forEach((option, value) -> {
			if (!value.isEmpty()) {
				args.addAll(List.of(option, value));
			}
		});
		return CliRun.of(CliRun.virtualTime(this.clock, 3), args);
	}

}
