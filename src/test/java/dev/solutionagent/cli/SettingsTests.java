package dev.solutionagent.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.solutionagent.ExitStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Where settings come from: options, {@code --agent.<property>=VALUE}, environment
 * variables and {@code /etc/solution-agent/application.yml}; and that a name that is no
 * setting is refused wherever it is written.
 */
class SettingsTests {

	private static final List<String> NAMES = AgentSettings.ALL.stream().map(Setting::property).toList();

	@TempDir
	Path dir;

	@AfterEach
	void clearConfigLocation() {
		System.clearProperty("spring.config.location");
	}

	static List<Command> everyCommand() {
		List<Command> all = new ArrayList<>();
		for (Command command : Cli.commands()) {
			all.add(command);
			all.addAll(command.subcommands());
		}
		return all;
	}

	@Test
	void optionsWhenAnyCommandThenEveryPropertyIsABoundSetting() {
		for (Command command : everyCommand()) {
			for (Setting<?> option : command.options()) {
				assertThat(NAMES).as("%s %s", command.name(), option.name()).contains(option.property());
			}
		}
	}

	@Test
	void helpWhenEveryCommandThenEveryBoundSettingIsListedByOne() {
		Set<String> listed = everyCommand().stream()
			.flatMap((command) -> command.options().stream())
			.map(Setting::property)
			.collect(Collectors.toSet());
		assertThat(NAMES).allSatisfy((setting) -> assertThat(listed).contains(setting));
	}

	@Test
	void helpWhenRegisterThenEverySettingItReadsWithDefaultsAndItsExitCodes() {
		CliRun run = CliRun.of("register", "--help");
		assertThat(run.out())
			.contains("agent.retry.initial-delay DURATION", "(default 1s)", "AGENT_RETRY_INITIALDELAY",
					"agent.http.connect-timeout", "agent.http.read-timeout", "agent.window.margin DURATION",
					"(default 1m)", "agent.appliance.address-property KEY", "agent.transport.max-bytes")
			.contains("Exit status:\n  0   registered")
			.contains("  7   outcome unknown")
			.contains("  60  TLS failure");
	}

	@Test
	void helpWhenAnyCommandThenItsExitCodesWithTheMeaningsOfTheOnePlace() {
		for (Command command : everyCommand()) {
			if (!command.subcommands().isEmpty()) {
				continue;
			}
			String help = HelpText.of(command);
			assertThat(help).as(command.name()).contains("Exit status:").doesNotContain("Exit status: 0");
			for (ExitStatus status : command.exitCodes()) {
				assertThat(help).as(command.name())
					.contains("  %-3d %s".formatted(status.code(), ExitMeanings.text(status)));
			}
		}
		assertThat(ExitStatus.values()).allSatisfy((status) -> assertThat(ExitMeanings.markdown(status)).isNotBlank());
	}

	@Test
	void settingNamesWhenDeclaredByTheGroupsThenKebabCaseAndNested() {
		assertThat(NAMES)
			.contains("agent.descriptor", "agent.retry.initial-delay", "agent.window.margin",
					"agent.appliance.address-property", "agent.extension.simulator.credentials-out",
					"agent.transport.devices")
			.doesNotContain("agent.retry", "agent.extension.simulator", "agent.class");
	}

	@Test
	void runWhenSettingGivenAsAgentOptionThenUsedAsItsOwnOptionWouldBe() {
		CliRun run = CliRun.of("validate", "--agent.descriptor=examples/extension.yaml");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("examples/extension.yaml: 0 errors");
		CliRun separate = CliRun.of("validate", "--agent.descriptor", "src/test/resources/descriptors/broken.yaml");
		assertThat(separate.exitCode()).isEqualTo(2);
	}

	@Test
	void runWhenAgentOptionMisspeltThenUsageExitNamingItAndTheClosestSetting() {
		CliRun run = CliRun.of("validate", "--agent.descriptr=examples/extension.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err())
			.contains("option --agent.descriptr is not a setting of solution-agent; did you mean agent.descriptor?")
			.contains("solution-agent COMMAND --help");
	}

	@Test
	void runWhenAgentOptionIsThePasswordThenRefusedBeforeAnythingRuns() {
		CliRun run = CliRun.of("extension", "info", "--agent.vcenter.password=s3cret");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("is refused: a password on the command line").doesNotContain("s3cret");
	}

	@Test
	void runWhenApplicationYmlHasATypoThenUsageExitWithFileLineAndSuggestion() throws Exception {
		Path yml = Files.writeString(this.dir.resolve("application.yml"), """
				agent:
				  state-dir: /tmp/state
				  descriptr: /etc/solution-agent/extension.yaml
				""");
		System.setProperty("spring.config.location", "optional:file:" + this.dir + "/");
		CliRun run = CliRun.of("validate", "--descriptor", "examples/extension.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("agent.descriptr (%s, line 3) is not a setting of solution-agent".formatted(yml))
			.contains("did you mean agent.descriptor?");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void runWhenApplicationYmlIsReadThenTheLogSaysWhichFile(CapturedOutput output) throws Exception {
		Path yml = Files.writeString(this.dir.resolve("application.yml"), "agent:\n  payload:\n    shape: list\n");
		System.setProperty("spring.config.location", "optional:file:" + this.dir + "/");
		CliRun run = CliRun.of("validate", "--descriptor", "examples/extension.yaml");
		assertThat(run.exitCode()).isZero();
		assertThat(output.getErr()).contains("Settings read from " + yml);
	}

	@Test
	void configLocationWhenDefaultThenOnlyTheAppliancesFolderNeverTheWorkingFolder() {
		assertThat(Cli.CONFIG_LOCATION).isEqualTo("optional:file:/etc/solution-agent/").doesNotContain("./");
	}

	@Test
	void checkWhenEnvironmentVariableIsANearMissThenRefusedInItsOwnSpelling() {
		StandardEnvironment environment = environment(Map.of("AGENT_DESCRIPTR", "x.yaml", "AGENT_DRYRUN", "true"));
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> UnknownSettings.check(environment))
			.withMessageContaining(
					"environment variable AGENT_DESCRIPTR is not a setting of solution-agent; did you mean AGENT_DESCRIPTOR?");
	}

	@Test
	void checkWhenEnvironmentVariableIsFarFromEverySettingThenOnlyWarned() {
		// CI agents set variables of their own, such as Azure Pipelines' AGENT_NAME.
		StandardEnvironment environment = environment(Map.of("AGENT_NAME", "Hosted Agent", "AGENT_TEMPDIRECTORY",
				"/tmp", "AGENT_RETRY_INITIALDELAY", "2s", "AGENT_TRANSPORT_DEVICES_0", "/dev/sr0"));
		assertThatNoException().isThrownBy(() -> UnknownSettings.check(environment));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void runWhenValueCannotBeConvertedThenItsOriginValueAndTheExpectedFormWithoutFrameworkText(CapturedOutput output) {
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", "examples/ovf-env.xml", "--descriptor",
				"examples/extension.yaml", "--deployed-at", "yesterday");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err())
			.contains("option --deployed-at is 'yesterday', not an instant such as 2026-11-23T10:00:00Z")
			.doesNotContain("Failed to convert")
			.doesNotContain("java.");
		assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("refresh attempt");
	}

	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					variables));
		return environment;
	}

}
