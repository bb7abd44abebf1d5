package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.simulator.vim.VimSimulator;
import dev.solutionagent.testsupport.ExampleDescriptor;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
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

	private final TestHttpsServer pluginServer = TestHttpsServer.pluginServer();

	private final List<Set<String>> scrubbed = new ArrayList<>();

	@AfterEach
	void stop() {
		this.simulator.close();
		this.pluginServer.close();
	}

	@Test
	void registerWhenNoTokenButVcenterPropertiesThenExtensionManagerStateAndCredentialsScrubbed() throws IOException {
		CliRun run = register(environment(PASSWORD));
		assertThat(run.exitCode()).as(run.err()).isZero();
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
		assertThat(run.all()).doesNotContain(PASSWORD);
		CliRun again = register(environment(PASSWORD));
		assertThat(again.out()).contains("Already registered");
	}

	@Test
	void registerWhenKeyAlreadyRegisteredThenExit8ResultWithoutMarkerAndNothingScrubbed() throws IOException {
		assertThat(register(environment(PASSWORD)).exitCode()).isZero();
		// A fresh state folder, as on another appliance registering the same key.
		Files.delete(this.dir.resolve("state/done"));
		Files.delete(this.dir.resolve("state/result.json"));
		this.scrubbed.clear();
		CliRun run = register(environment(PASSWORD));
		assertThat(run.exitCode()).isEqualTo(8);
		assertThat(this.dir.resolve("state/done")).doesNotExist();
		assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("already_registered");
		assertThat(this.scrubbed).isEmpty();
	}

	@Test
	void registerWhenAnEarlierRunDiedAfterRegisteringThenTheKeyIsUpdatedAndCredentialsScrubbed() throws IOException {
		assertThat(register(environment(PASSWORD)).exitCode()).isZero();
		// Power lost after RegisterExtension: the newest record is the one written before
		// Login, and neither the registration nor the marker was recorded.
		Path state = this.dir.resolve("state");
		Files.delete(state.resolve("done"));
		Files.delete(state.resolve("result.json"));
		List<String> history = Files.readAllLines(state.resolve("history.jsonl"));
		Files.write(state.resolve("history.jsonl"), history.subList(0, 1));
		assertThat(history.get(0)).contains("\"outcome\":\"sending\"");
		this.scrubbed.clear();
		CliRun run = register(environment(PASSWORD));
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(this.simulator.calls()).contains("UpdateExtension");
		assertThat(state.resolve("done")).exists();
		assertThat(this.scrubbed)
			.containsExactly(Set.of(ExtensionManagerContext.USERNAME, ExtensionManagerContext.PASSWORD));
	}

	@Test
	void registerWhenLoginRefusedThenExit4AndCredentialsKeptForTheNextBoot() throws IOException {
		CliRun run = register(environment("wrong-password"));
		assertThat(run.exitCode()).isEqualTo(4);
		assertThat(this.scrubbed).isEmpty();
		assertThat(run.all()).doesNotContain("wrong-password");
	}

	@Test
	void registerWhenGroupIncompleteThenExit3NamingTheMissingKeys() throws IOException {
		CliRun run = register(environment(PASSWORD).without(OvfEnvironmentFiles.VCENTER_THUMBPRINT));
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("solutionAgent.vcenter.thumbprint is missing");
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void showEnvWhenFallbackPropertiesThenPasswordRedacted() throws IOException {
		CliRun run = CliRun.of("show-env", "--ovf-env", environment(PASSWORD).writeTo(this.dir).toString());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("ExtensionManager path (no solution-install token):")
			.contains("solutionAgent.vcenter.password = <redacted")
			.doesNotContain(PASSWORD);
	}

	// The token property declared but empty, as a deployment without solution install
	// leaves it.
	private OvfEnvironmentFiles environment(String password) {
		return OvfEnvironmentFiles.extensionManager(this.simulator.sdk(), TestTls.sha256("server"), password)
			.with(OvfEnvironmentFiles.TOKEN, "");
	}

	private CliRun register(OvfEnvironmentFiles environment) {
		PropertyScrubber recording = (settings, env, keys) -> this.scrubbed.add(keys);
		return CliRun.of(CliRun.virtualTime(this.clock, 3), List.of(new RegisterCommand(recording)), "register",
				"--ovf-env", environment.writeTo(this.dir).toString(), "--descriptor",
				ExampleDescriptor.writeTo(this.dir, this.pluginServer.address()).toString(), "--certificate",
				"src/test/resources/tls/server.pem", "--state-dir", this.dir.resolve("state").toString());
	}

}
