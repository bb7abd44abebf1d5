package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.solutionagent.simulator.vim.VimSimulator;
import dev.solutionagent.testsupport.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extension register|update|unregister|info} in-process against the vim25
 * simulator over TLS pinned to its certificate.
 */
class ExtensionCommandTests {

	static final String KEY = "com.example.vsphere.remoteplugin";

	static final String USER = "administrator@vsphere.local";

	static final String PASSWORD = "Sup3r-secret!";

	@TempDir
	Path dir;

	private final VimSimulator simulator = VimSimulator.start(TestTls.serverContext("server"), Map.of(USER, PASSWORD));

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void registerThenInfoAsTextAndJsonThenUnregister() throws IOException {
		CliRun register = extension("register");
		assertThat(register.exitCode()).as(register.err()).isZero();
		assertThat(register.out()).isEqualTo("Registered %s 1.2.0.0 in vCenter %s%n".formatted(KEY, peer()));
		assertThat(this.simulator.registeredKeys()).containsExactly(KEY);
		assertThat(this.simulator.openSessions()).isZero();
		CliRun info = extension("info", "--key", KEY);
		assertThat(info.exitCode()).isZero();
		assertThat(info.out()).contains("key:               " + KEY)
			.contains("version:           1.2.0.0")
			.contains("company:           Example, Inc.")
			.contains("summary:           Backs up Example storage from the vSphere Client")
			.contains("manifest URL:      https://10.0.0.50/example/plugin.json")
			.contains("server thumbprint: B6:35:C2:7B");
		CliRun json = extension("info", "--key", KEY, "--json");
		assertThat(json.out()).startsWith("[").contains("\"manifestUrl\" : \"https://10.0.0.50/example/plugin.json\"");
		Path saved = Files.writeString(this.dir.resolve("vc1.json"), json.out());
		CliRun plan = CliRun.of("plan", "--from", saved.toString());
		assertThat(plan.exitCode()).as(plan.err()).isZero();
		assertThat(plan.out()).contains(KEY + ": 1 version, 1 instance").contains("1.2.0.0#1");
		CliRun unregister = extension("unregister", "--key", KEY);
		assertThat(unregister.exitCode()).isZero();
		assertThat(unregister.out()).isEqualTo("Unregistered %s 1.2.0.0 from vCenter %s%n".formatted(KEY, peer()));
		assertThat(this.simulator.registeredKeys()).isEmpty();
	}

	@Test
	void infoWithoutKeyThenEveryRegisteredExtensionAsGovcListsThem() throws IOException {
		CliRun none = extension("info");
		assertThat(none.exitCode()).as(none.err()).isZero();
		assertThat(none.out()).isEqualTo("No extension is registered.\n");
		assertThat(extension("register").exitCode()).isZero();
		Path second = Files.writeString(this.dir.resolve("second.yaml"),
				Files.readString(Path.of("examples/extension.yaml"))
					.replace("key: com.example.vsphere.remoteplugin", "key: com.example.other"));
		assertThat(extension("register", "--descriptor", second.toString()).exitCode()).isZero();
		CliRun all = extension("info");
		assertThat(all.exitCode()).as(all.err()).isZero();
		assertThat(all.out()).contains("key:               " + KEY).contains("key:               com.example.other");
		assertThat(this.simulator.calls()).contains("RetrievePropertiesEx");
		CliRun json = extension("info", "--json");
		assertThat(JsonMapper.shared().readTree(json.out()).size()).isEqualTo(2);
	}

	@Test
	void registerWhenKeyExistsThenExit8UnlessUpdate() {
		assertThat(extension("register").exitCode()).isZero();
		CliRun again = extension("register");
		assertThat(again.exitCode()).isEqualTo(8);
		assertThat(again.err()).contains("Extension " + KEY + " is already registered").contains("--update");
		CliRun update = extension("register", "--update");
		assertThat(update.exitCode()).isZero();
		assertThat(update.out()).contains("Updated " + KEY + " 1.2.0.0").contains("(was 1.2.0.0)");
		assertThat(extension("update").exitCode()).isZero();
	}

	@Test
	void updateUnregisterOrInfoWhenKeyUnknownThenExit9() {
		CliRun update = extension("update");
		assertThat(update.exitCode()).isEqualTo(9);
		assertThat(update.err()).contains("Extension " + KEY + " is not registered in vCenter " + peer());
		assertThat(extension("unregister", "--key", "com.example.unknown").exitCode()).isEqualTo(9);
		assertThat(extension("info", "--key", "com.example.unknown").exitCode()).isEqualTo(9);
		assertThat(this.simulator.calls()).doesNotContain("UpdateExtension", "UnregisterExtension");
	}

	@Test
	void registerWhenPinWrongThenExit60WithPresentedThumbprintAndNoRequestRead() {
		CliRun run = extension("register", "--vcenter-thumbprint", TestTls.sha256("other").toString());
		assertThat(run.exitCode()).isEqualTo(60);
		assertThat(run.err())
			.contains("presented a leaf certificate with SHA-256 thumbprint " + TestTls.sha256("server"))
			.contains("nothing was sent");
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void registerWhenPinMissingThenExit60WithPresentedThumbprintAndNoRequestRead() {
		List<String> args = new ArrayList<>(args("register"));
		int pin = args.indexOf("--vcenter-thumbprint");
		args.subList(pin, pin + 2).clear();
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertThat(run.exitCode()).isEqualTo(60);
		assertThat(run.err()).contains("no --vcenter-thumbprint is given")
			.contains("--vcenter-thumbprint " + TestTls.sha256("server"));
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void passwordOptionRefusedWithTheAlternativesAndNotEchoed() {
		CliRun run = CliRun.of("extension", "info", "--vcenter", this.simulator.sdk().toString(), "--password",
				"hunter2");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--password is refused")
			.contains("--credentials FILE")
			.contains("AGENT_VCENTER_PASSWORD")
			.contains("prompt")
			.doesNotContain("hunter2");
		assertThat(CliRun.of("extension", "register", "--password=hunter2").err()).contains("--password is refused")
			.doesNotContain("hunter2");
	}

	@Test
	void credentialsFileReadableByOthersThenExit2AndNothingSent() throws IOException {
		Path file = credentials(PASSWORD);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		CliRun run = extension("register");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains(file.toString()).contains("mode 0644").contains("chmod 600");
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void loginRefusedThenExit4AndPasswordNeverPrinted() throws IOException {
		credentials("not-the-password");
		CliRun run = extension("register");
		assertThat(run.exitCode()).isEqualTo(4);
		assertThat(run.err()).contains("refused the user name or password").doesNotContain("not-the-password");
		assertThat(this.simulator.registeredKeys()).isEmpty();
	}

	@Test
	void credentialsFromPropertiesAsFromEnvironmentVariables() {
		List<String> args = new ArrayList<>(args("register"));
		int file = args.indexOf("--credentials");
		args.subList(file, file + 2).clear();
		CliRun none = CliRun.of(args.toArray(String[]::new));
		assertThat(none.exitCode()).isEqualTo(2);
		assertThat(none.err()).contains("No vCenter credentials").contains("AGENT_VCENTER_USERNAME");
		System.setProperty("agent.vcenter.username", USER);
		System.setProperty("agent.vcenter.password", PASSWORD);
		try {
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
		}
		finally {
			System.clearProperty("agent.vcenter.username");
			System.clearProperty("agent.vcenter.password");
		}
	}

	@Test
	void dryRunPrintsTheEnvelopeAndConnectsToNothing() {
		CliRun run = CliRun.of("extension", "register", "--dry-run", "--descriptor", "examples/extension.yaml",
				"--ovf-env", "examples/ovf-env.xml", "--certificate", "examples/plugin-server.pem",
				"--appliance-address", "10.0.0.50");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("<?xml").contains("<RegisterExtension xmlns=\"urn:vim25\">");
		assertThat(run.err()).contains("Dry run: nothing is sent");
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void groupHelpListsSubcommandsAndUnknownSubcommandIsAUsageError() {
		CliRun help = CliRun.of("extension", "--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: solution-agent extension SUBCOMMAND")
			.contains("  register ")
			.contains("  update ")
			.contains("  unregister ")
			.contains("  info ")
			.contains("  simulate ");
		assertThat(CliRun.of("extension").exitCode()).isEqualTo(2);
		CliRun unknown = CliRun.of("extension", "regster");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("'extension regster' is not a command");
		for (String sub : List.of("register", "update", "unregister", "info", "simulate")) {
			CliRun subHelp = CliRun.of("extension", sub, "--help");
			assertThat(subHelp.exitCode()).isZero();
			assertThat(subHelp.out()).startsWith("Usage: solution-agent extension " + sub)
				.contains("Examples:")
				.contains("AGENT_");
		}
		CliRun badOption = CliRun.of("extension", "info", "--keyy", "k");
		assertThat(badOption.err()).contains("run 'solution-agent extension info --help'");
	}

	private CliRun extension(String subcommand, String... more) {
		return CliRun.of(args(subcommand, more).toArray(String[]::new));
	}

	private List<String> args(String subcommand, String... more) {
		if (!Files.exists(this.dir.resolve("vcenter.cred"))) {
			credentials(PASSWORD);
		}
		List<String> args = new ArrayList<>(List.of("extension", subcommand, "--vcenter",
				this.simulator.sdk().toString(), "--vcenter-thumbprint", TestTls.sha256("server").toString(),
				"--credentials", this.dir.resolve("vcenter.cred").toString()));
		if (subcommand.equals("register") || subcommand.equals("update")) {
			args.addAll(List.of("--descriptor", "examples/extension.yaml", "--ovf-env", "examples/ovf-env.xml",
					"--certificate", "examples/plugin-server.pem", "--appliance-address", "10.0.0.50",
					"--skip-preflight"));
		}
		for (int i = 0; i < more.length; i++) {
			int at = args.indexOf(more[i]);
			if (at > 0 && i + 1 < more.length && !more[i + 1].startsWith("--")) {
				args.set(at + 1, more[++i]);
			}
			else {
				args.add(more[i]);
			}
		}
		return args;
	}

	private Path credentials(String password) {
		return CredentialsFiles.write(this.dir, password);
	}

	private String peer() {
		return "127.0.0.1:" + this.simulator.sdk().getPort();
	}

}
