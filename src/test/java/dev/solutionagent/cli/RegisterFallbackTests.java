package dev.solutionagent.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.simulator.vim.VimSimulator;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.testsupport.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code register} at first boot without a solution-install token: the optional
 * {@code solutionAgent.vcenter.*} properties take it to vCenter's ExtensionManager.
 */
class RegisterFallbackTests {

	private static final String KEY = "com.example.vsphere.remoteplugin";

	private static final String PASSWORD = "Fallback-S3cret";

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.at("2026-11-23T10:01:00Z");

	private final VimSimulator simulator = VimSimulator.start(TestTls.serverContext("server"),
			Map.of("administrator@vsphere.local", PASSWORD));

	private final TestHttpsServer pluginServer = TestHttpsServer.start("server",
			(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, "{\"manifestVersion\": \"1.0.0\"}"));

	private final List<Set<String>> scrubbed = new ArrayList<>();

	@AfterEach
	void stop() {
		this.simulator.close();
		this.pluginServer.close();
	}

	@Test
	void registerWhenNoTokenButVcenterPropertiesThenExtensionManagerStateAndCredentialsScrubbed() throws IOException {
		Run run = register(environment(PASSWORD));
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("Registered " + KEY + " 1.2.0.0 in vCenter 127.0.0.1:")
			.contains("through its ExtensionManager");
		assertThat(this.pluginServer.requests()).hasSize(1);
		assertThat(this.simulator.registeredKeys()).containsExactly(KEY);
		assertThat(this.simulator.extensionXml(KEY))
			.hasValueSatisfying((xml) -> assertThat(xml).contains("<adminEmail>ops@example.com</adminEmail>")
				.contains("<type>vsphere-client-remote</type>"));
		assertThat(this.dir.resolve("state/done")).exists();
		assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("\"outcome\" : \"registered\"")
			.contains("\"payloadShape\" : \"extension-manager\"")
			.doesNotContain(PASSWORD);
		assertThat(this.scrubbed)
			.containsExactly(Set.of(ExtensionManagerContext.USERNAME, ExtensionManagerContext.PASSWORD));
		assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
		Run again = register(environment(PASSWORD));
		assertThat(again.out()).contains("Already registered");
	}

	@Test
	void registerWhenKeyAlreadyRegisteredThenExit8ResultWithoutMarkerAndNothingScrubbed() throws IOException {
		assertThat(register(environment(PASSWORD)).code()).isZero();
		// A fresh state folder, as on another appliance registering the same key.
		Files.delete(this.dir.resolve("state/done"));
		Files.delete(this.dir.resolve("state/result.json"));
		this.scrubbed.clear();
		Run run = register(environment(PASSWORD));
		assertThat(run.code()).isEqualTo(8);
		assertThat(this.dir.resolve("state/done")).doesNotExist();
		assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("already_registered");
		assertThat(this.scrubbed).isEmpty();
	}

	@Test
	void registerWhenAnEarlierRunDiedAfterRegisteringThenTheKeyIsUpdatedAndCredentialsScrubbed() throws IOException {
		assertThat(register(environment(PASSWORD)).code()).isZero();
		// Power lost after RegisterExtension: the newest record is the one written before
		// Login, and neither the registration nor the marker was recorded.
		Path state = this.dir.resolve("state");
		Files.delete(state.resolve("done"));
		Files.delete(state.resolve("result.json"));
		List<String> history = Files.readAllLines(state.resolve("history.jsonl"));
		Files.write(state.resolve("history.jsonl"), history.subList(0, 1));
		assertThat(history.get(0)).contains("\"outcome\":\"sending\"");
		this.scrubbed.clear();
		Run run = register(environment(PASSWORD));
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(this.simulator.calls()).contains("UpdateExtension");
		assertThat(state.resolve("done")).exists();
		assertThat(this.scrubbed)
			.containsExactly(Set.of(ExtensionManagerContext.USERNAME, ExtensionManagerContext.PASSWORD));
	}

	@Test
	void registerWhenLoginRefusedThenExit4AndCredentialsKeptForTheNextBoot() throws IOException {
		Run run = register(environment("wrong-password"));
		assertThat(run.code()).isEqualTo(4);
		assertThat(this.scrubbed).isEmpty();
		assertThat(run.out() + run.err()).doesNotContain("wrong-password");
	}

	@Test
	void registerWhenGroupIncompleteThenExit3NamingTheMissingKeys() throws IOException {
		Path environment = environment(PASSWORD);
		Files.writeString(environment,
				Files.readString(environment).replaceAll(".*solutionAgent.vcenter.thumbprint.*\n", ""));
		Run run = register(environment);
		assertThat(run.code()).isEqualTo(3);
		assertThat(run.err()).contains("solutionAgent.vcenter.thumbprint is missing");
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void showEnvWhenFallbackPropertiesThenPasswordRedacted() throws IOException {
		CliRun run = CliRun.of("show-env", "--ovf-env", environment(PASSWORD).toString());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("ExtensionManager path (no solution-install token):")
			.contains("solutionAgent.vcenter.password = <redacted")
			.doesNotContain(PASSWORD);
	}

	private Path environment(String password) throws IOException {
		return Files.writeString(this.dir.resolve("ovf-env.xml"),
				"""
						<Environment xmlns="http://schemas.dmtf.org/ovf/environment/1" xmlns:oe="http://schemas.dmtf.org/ovf/environment/1">
						  <PropertySection>
						    <Property oe:key="solutionInstall.token" oe:value=""/>
						    <Property oe:key="solutionAgent.vcenter.url" oe:value="%s"/>
						    <Property oe:key="solutionAgent.vcenter.thumbprint" oe:value="%s"/>
						    <Property oe:key="solutionAgent.vcenter.username" oe:value="administrator@vsphere.local"/>
						    <Property oe:key="solutionAgent.vcenter.password" oe:value="%s"/>
						    <Property oe:key="example.adminEmail" oe:value="ops@example.com"/>
						  </PropertySection>
						</Environment>
						"""
					.formatted(this.simulator.sdk(), TestTls.sha256("server"), password));
	}

	private Run register(Path environment) throws IOException {
		Path descriptor = this.dir.resolve("extension.yaml");
		Files.writeString(descriptor, Files.readString(Path.of("examples/extension.yaml"))
			.replace("${appliance.address}", "127.0.0.1:" + this.pluginServer.uri("/").getPort()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PropertyScrubber recording = (settings, env, keys) -> this.scrubbed.add(keys);
		int code = new Cli(new AgentRuntime(this.clock, this.clock.sleeper(), new Random(3)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				List.of(new RegisterCommand(recording)))
			.run("register", "--ovf-env", environment.toString(), "--descriptor", descriptor.toString(),
					"--certificate", "src/test/resources/tls/server.pem", "--state-dir",
					this.dir.resolve("state").toString());
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int code, String out, String err) {

	}

}
