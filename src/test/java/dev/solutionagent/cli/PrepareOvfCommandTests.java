package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrepareOvfCommand} through the command line, on a copy of a
 * Packer-style export.
 */
class PrepareOvfCommandTests {

	private static final Path EXPORT = Path.of("src/test/resources/ovf/packer-export");

	@TempDir
	Path dir;

	private Path ovf;

	@BeforeEach
	void copyExport() throws IOException {
		this.ovf = Files.copy(EXPORT.resolve("example-appliance.ovf"), this.dir.resolve("example-appliance.ovf"));
		Files.copy(EXPORT.resolve("example-appliance.mf"), this.dir.resolve("example-appliance.mf"));
	}

	@Test
	void prepareWhenExampleDescriptorAndTemplateThenTakesIdsFromTheDescriptor() throws IOException {
		CliRun run = run("prepare-ovf", "--ovf", this.ovf.toString(), "--descriptor", "examples/extension.yaml",
				"--template", "examples/product-section.xml", "--slots", "2");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Prepared " + this.ovf)
			.contains("plug-in com.example.vsphere.remoteplugin, target vCenter slots: 2")
			.contains("SHA256 line of the .ovf rewritten");
		assertThat(Files.readString(this.ovf)).contains("<Vendor>Example, Inc.</Vendor>")
			.contains("<Version>1.2.0.0</Version>")
			.contains("ovf:key=\"example.adminEmail\"");
	}

	@Test
	void prepareWhenSlotsPropertiesAndNoExtensionManagerThenOnlyWhatTheVendorChose() throws IOException {
		CliRun run = run("prepare-ovf", "--ovf", this.ovf.toString(), "--descriptor", "examples/extension.yaml",
				"--properties", "examples/vendor-properties.xml", "--slots", "2", "--no-extension-manager");
		assertThat(run.exitCode()).as(run.err()).isZero();
		String prepared = Files.readString(this.ovf);
		assertThat(prepared).contains("ovf:key=\"example.adminEmail\"")
			.contains("<Category>Example Remote Plug-in</Category>")
			.contains("solutionInstall.targetVcenterServers.1.version")
			.doesNotContain("solutionInstall.targetVcenterServers.2.")
			.doesNotContain("solutionAgent.vcenter.")
			.doesNotContain("vCenter registration without solution install");
		// 2 IDs, 5 postDeployData and count properties, 4 per slot, and the vendor's one.
		assertThat(run.out()).contains("ProductSection: 16 properties")
			.contains("ExtensionManager group (solutionAgent.vcenter.*): left out")
			.contains("your properties from examples/vendor-properties.xml: example.adminEmail");
	}

	@Test
	void prepareWhenPropertiesFileHoldsMoreThanPropertiesThenRefusedNamingIt() throws IOException {
		Path properties = Files.writeString(this.dir.resolve("vendor.xml"), """
				<ProductSection xmlns="http://schemas.dmtf.org/ovf/envelope/1">
				  <Product>mine</Product>
				</ProductSection>
				""");
		CliRun run = run("prepare-ovf", "--ovf", this.ovf.toString(), "--plugin-id", "com.example.x", "--descriptor",
				"none.yaml", "--properties", properties.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains(properties.toString()).contains("holds a <Product>");
	}

	@Test
	void prepareWhenExampleInputsThenOutputIsTheCheckedInApplianceTemplate() throws IOException {
		Files.delete(this.dir.resolve("example-appliance.mf"));
		CliRun run = run("prepare-ovf", "--ovf", this.ovf.toString(), "--descriptor", "examples/extension.yaml",
				"--template", "examples/product-section.xml", "--slots", "4");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(Files.readString(this.ovf))
			.as("ovf/appliance-template.ovf is stale; regenerate it as ovf/README.md says")
			.isEqualTo(Files.readString(Path.of("ovf/appliance-template.ovf")));
	}

	@Test
	void prepareWhenTheDescriptorUsesAnUndeclaredPropertyThenExit2AndNothingChanges() throws IOException {
		byte[] before = Files.readAllBytes(this.ovf);
		CliRun run = run("prepare-ovf", "--ovf", this.ovf.toString(), "--descriptor", "examples/extension.yaml");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("$.server[0].adminEmail").contains("--properties FILE");
		assertThat(Files.readAllBytes(this.ovf)).isEqualTo(before);
	}

	@Test
	void prepareWhenNoOvfIsGivenThenExit2NamingTheOption() {
		CliRun run = run("prepare-ovf", "--plugin-id", "a.b");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("prepare-ovf needs --ovf FILE (agent.ovf.file)");
	}

	@Test
	void prepareWhenNoDescriptorAndNoPluginIdThenExit2NamingBoth() {
		CliRun run = run("prepare-ovf", "--ovf", this.ovf.toString(), "--descriptor",
				this.dir.resolve("missing.yaml").toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("needs a descriptor or --plugin-id ID").contains("missing.yaml");
	}

	@Test
	void helpShowsExamplesAndEnvironmentVariables() {
		CliRun run = run("prepare-ovf", "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Examples:")
			.contains("solution-agent prepare-ovf --ovf")
			.contains("AGENT_OVF_SLOTS");
	}

	private static CliRun run(String... args) {
		return CliRun.of(Clock.systemUTC(), args);
	}

}
