package dev.solutionagent.it;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ExtensionManager walk-through of docs/extension-manager.md with the built jar: the
 * vim25 simulator in one process, then register, info, plan and unregister as separate
 * processes.
 */
class ExtensionIntegrationTests {

	private static final String KEY = "com.example.vsphere.remoteplugin";

	@TempDir
	Path dir;

	private Process simulator;

	@AfterEach
	void stopSimulator() throws InterruptedException {
		if (this.simulator != null) {
			this.simulator.destroy();
			this.simulator.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void readmeWalkThroughAgainstTheSimulator() throws Exception {
		Path credentials = this.dir.resolve("vcsim.cred");
		this.simulator = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", AgentProcess.jar().toString(), "extension", "simulate", "--port", "0", "--credentials-out",
				credentials.toString(), "--run-for", "5m"))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String url = null;
		String thumbprint = null;
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.simulator.getInputStream(), StandardCharsets.UTF_8));
		for (String line = lines.readLine(); line != null
				&& (url == null || thumbprint == null); line = lines.readLine()) {
			if (line.startsWith("vim25 simulator listening on ")) {
				url = line.split(" ")[4];
			}
			if (line.startsWith("certificate thumbprint: ")) {
				thumbprint = line.substring("certificate thumbprint: ".length()).strip();
			}
		}
		assertThat(url).startsWith("https://127.0.0.1:").endsWith("/sdk");
		assertThat(Files.getPosixFilePermissions(credentials)).hasSize(2);
		AgentProcess presented = AgentProcess.run(Map.of(), "thumbprint", "--url", url.replace("/sdk", ""));
		assertThat(presented.out().strip()).isEqualTo(thumbprint);
		String[] vcenter = { "--vcenter", url, "--vcenter-thumbprint", thumbprint, "--credentials",
				credentials.toString() };
		AgentProcess register = agent(vcenter, "extension", "register", "--descriptor", "examples/extension.yaml",
				"--ovf-env", "examples/ovf-env.xml", "--certificate", "examples/plugin-server.pem",
				"--appliance-address", "10.0.0.50", "--skip-preflight");
		assertThat(register.exitCode()).as(register.err()).isZero();
		assertThat(register.out()).startsWith("Registered " + KEY + " 1.2.0.0 in vCenter 127.0.0.1:");
		AgentProcess info = agent(vcenter, "extension", "info", "--key", KEY, "--json");
		assertThat(info.exitCode()).isZero();
		Path saved = Files.writeString(this.dir.resolve("vc1.json"), info.out());
		AgentProcess plan = AgentProcess.run(Map.of(), "plan", "--from", saved.toString());
		assertThat(plan.out()).contains(KEY + ": 1 version, 1 instance").contains("0 warnings");
		assertThat(agent(vcenter, "extension", "unregister", "--key", KEY).exitCode()).isZero();
		AgentProcess again = agent(vcenter, "extension", "unregister", "--key", KEY);
		assertThat(again.exitCode()).isEqualTo(9);
	}

	private static AgentProcess agent(String[] vcenter, String... args) throws Exception {
		String[] all = new String[args.length + vcenter.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(vcenter, 0, all, args.length, vcenter.length);
		return AgentProcess.run(Map.of(), all);
	}

}
