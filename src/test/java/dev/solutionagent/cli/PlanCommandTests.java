package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTests {

	private static final String FILES = "src/test/resources/plan/instances-vc1.json,"
			+ "src/test/resources/plan/instances-vc2.json,src/test/resources/plan/instances-vc3.yaml";

	@TempDir
	Path dir;

	@Test
	void planFromOneFilePerVcenterThenTableInstancesAndSplitWarning() {
		CliRun run = CliRun.of("plan", "--from", FILES);
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("com.example.remoteplugin.test: 1 version, 2 instances")
			.contains("VCENTER          VERSION  INSTANCE  MANIFEST URL")
			.contains("vc2.example.com  1.0.0    1.0.0#1   https://pluginserver1.example.com/path/to/plugin.json")
			.contains("vc3.example.com  1.0.0    1.0.0#2   https://pluginserver2.example.com/path/to/plugin.json")
			.contains("warning [split]");
	}

	@Test
	void planAsJsonHasRowsInstancesAndWarnings() {
		CliRun run = CliRun.of("plan", "--from", "src/test/resources/plan/multi-version.yaml", "--json");
		assertThat(run.exitCode()).isZero();
		JsonNode plan = JsonMapper.shared().readTree(run.out());
		assertThat(plan.path("rows").size()).isEqualTo(3);
		assertThat(plan.path("instances").path(2).path("name").asString()).isEqualTo("3.2.0#1");
		assertThat(plan.path("warnings").path(0).path("kind").asString()).isEqualTo("ID_COLLISION");
	}

	@Test
	void planWithChangeWarnsWhenItSplitsAnInstance() throws IOException {
		Path change = Files.writeString(this.dir.resolve("change.yaml"), """
				vcenter: vc2.example.com
				key: com.example.remoteplugin.test
				version: 1.0.0
				manifestUrl: https://10.0.0.51/path/to/plugin.json
				""");
		CliRun run = CliRun.of("plan", "--from", FILES, "--change", change.toString());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("warning [change-splits] the change splits instance 1.0.0#1");
	}

	@Test
	void planWhenDescriptorAndOvfEnvironmentThenTheRecordsEachTargetVcenterWouldGet() {
		CliRun run = CliRun.of("plan", "--descriptor", "examples/extension.yaml", "--ovf-env", "examples/ovf-env.xml",
				"--certificate", "examples/plugin-server.pem", "--appliance-address", "10.0.0.50");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("com.example.vsphere.remoteplugin: 1 version, 1 instance")
			.contains("vcsa-01.example.com  1.2.0.0  1.2.0.0#1  https://10.0.0.50/example/plugin.json")
			.contains("vcsa-02.example.com  1.2.0.0  1.2.0.0#1  https://10.0.0.50/example/plugin.json");
		assertThat(run.err()).contains("Planned from examples/extension.yaml for 2 target vCenters of file "
				+ "examples/ovf-env.xml (payload shape per-guid)");
	}

	@Test
	void planWhenDescriptorWithoutApplianceAddressThenThePlaceholderStaysAndIsSaid() {
		CliRun run = CliRun.of("plan", "--descriptor", "examples/extension.yaml", "--ovf-env", "examples/ovf-env.xml",
				"--certificate", "examples/plugin-server.pem", "--json");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(JsonMapper.shared().readTree(run.out()).path("rows").path(0).path("manifestUrl").asString())
			.isEqualTo("https://${appliance.address}/example/plugin.json");
		assertThat(run.err()).contains("${appliance.address} is not resolved")
			.contains("pass --appliance-address ADDRESS");
	}

	@Test
	void planWhenFromAndDescriptorThenTheDescriptorIsTheChange() {
		CliRun run = CliRun.of("plan", "--from", FILES, "--descriptor", "examples/extension.yaml", "--ovf-env",
				"examples/ovf-env.xml", "--certificate", "examples/plugin-server.pem", "--appliance-address",
				"10.0.0.50");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("com.example.remoteplugin.test").contains("com.example.vsphere.remoteplugin");
	}

	@Test
	void planWithoutFromOrWithABadRecordThenUsageErrorNamingFileAndField() throws IOException {
		CliRun none = CliRun.of("plan");
		assertThat(none.exitCode()).isEqualTo(2);
		assertThat(none.err()).contains("plan needs --from");
		Path bad = Files.writeString(this.dir.resolve("bad.json"), "[{\"vcenter\": \"vc1\", \"key\": \"k\"}]");
		CliRun run = CliRun.of("plan", "--from", bad.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains(bad.toString()).contains("$[0].version is missing");
	}

	@Test
	void readmeExamplesGiveTheirWarnings() {
		assertThat(CliRun.of("plan", "--from", "examples/plan-instances.yaml").out()).contains("warning [split]")
			.endsWith("1 warning\n");
		assertThat(CliRun.of("plan", "--from", "examples/plan-versions.yaml").out())
			.contains("3 versions (multi-version), 3 instances")
			.contains("warning [id-not-namespaced] version 3.2.0");
		assertThat(CliRun.of("plan", "--from", "examples/plan-instances.yaml", "--change", "examples/plan-change.yaml")
			.out()).contains("warning [change-splits]");
	}

	@Test
	void planHelpDescribesTheRecordFormatWithExamples() {
		CliRun run = CliRun.of("plan", "--help");
		assertThat(run.out()).contains("Examples:").contains("manifestUrl").contains("AGENT_PLAN_FROM");
	}

}
