package dev.solutionagent.extension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentParser;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PayloadBuilderTests {

	private static final Path EXAMPLE = Path.of("examples/extension.yaml");

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	@Test
	void buildWhenAllTargetsAre803ThenPerGuidBodyMatchesGolden() throws IOException {
		Payload payload = build(EXAMPLE, "vsphere-803-two-targets.xml", PayloadShape.AUTO);
		assertThat(payload.shape()).isEqualTo(PayloadShape.PER_GUID);
		assertThat(payload.shapeReason()).isEqualTo("all 2 target vCenters report version 8.0.3 or later");
		assertThat(payload.bodyText()).isEqualTo(Files.readString(GOLDEN.resolve("example-per-guid.json")));
		JsonNode body = JsonMapper.shared().readTree(payload.body());
		assertThat(body.propertyNames()).containsExactly("vcenterExtensionsPerGuid");
		assertThat(body.get("vcenterExtensionsPerGuid").propertyNames())
			.containsExactly("0c3b7a52-94e0-4c0b-8f0a-1f6d2b9e7c11", "d9e8f7a6-b5c4-4d3e-8f2a-0b1c2d3e4f50");
	}

	@Test
	void buildWhenTargetsLackVersionsThenListBodyMatchesGolden() throws IOException {
		Payload payload = build(EXAMPLE, "vsphere-802-targets-without-version.xml", PayloadShape.AUTO);
		assertThat(payload.shape()).isEqualTo(PayloadShape.LIST);
		assertThat(payload.shapeReason())
			.isEqualTo("not every target vCenter reports version 8.0.3 or later (vcsa.corp.example no version)");
		assertThat(payload.bodyText()).isEqualTo(Files.readString(GOLDEN.resolve("example-list.json")));
		assertThat(JsonMapper.shared().readTree(payload.body()).propertyNames()).containsExactly("vcenterExtensions");
	}

	@Test
	void buildWhenOneTargetIsOlderThan803ThenList() {
		Payload payload = build(EXAMPLE, "template-slots.xml", PayloadShape.AUTO);
		assertThat(payload.shape()).isEqualTo(PayloadShape.LIST);
		assertThat(payload.shapeReason()).contains("a.example.com 8.0.2");
	}

	@Test
	void buildWhenNoTargetsThenListEvenIfAsked() {
		assertThat(build(EXAMPLE, "vsphere-801-prefixed.xml", PayloadShape.AUTO).shape()).isEqualTo(PayloadShape.LIST);
		assertThatExceptionOfType(DescriptorException.class)
			.isThrownBy(() -> build(EXAMPLE, "vsphere-801-prefixed.xml", PayloadShape.PER_GUID))
			.withMessageContaining("names no target vCenters");
	}

	@Test
	void buildWhenListForcedOn803ThenList() {
		assertThat(build(EXAMPLE, "vsphere-803-two-targets.xml", PayloadShape.LIST).shapeReason())
			.isEqualTo("agent.payload.shape=list");
	}

	@Test
	void buildWhenPerVcenterPlaceholdersThenEachGuidGetsItsOwnRecord() {
		Payload payload = build(Path.of("src/test/resources/descriptors/per-vcenter.yaml"),
				"vsphere-803-two-targets.xml", PayloadShape.AUTO);
		Map<String, List<Extension>> byGuid = payload.extensionsByGuid();
		Extension second = byGuid.get("d9e8f7a6-b5c4-4d3e-8f2a-0b1c2d3e4f50").get(0);
		assertThat(second.label()).isEqualTo("Multi vc2.lab.local");
		assertThat(second.summary())
			.isEqualTo("Registered for d9e8f7a6-b5c4-4d3e-8f2a-0b1c2d3e4f50 (vCenter 8.0.3.00400); price ${USD}");
		assertThat(second.manifestUrl())
			.isEqualTo("https://10.0.0.50:8443/d9e8f7a6-b5c4-4d3e-8f2a-0b1c2d3e4f50/plugin.json");
		assertThat(second.toJson().get("shownInSolutionManager").isBoolean()).isTrue();
	}

	@Test
	void buildWhenPerVcenterPlaceholdersButListShapeThenRefused() {
		assertThatExceptionOfType(DescriptorException.class)
			.isThrownBy(() -> build(Path.of("src/test/resources/descriptors/per-vcenter.yaml"),
					"vsphere-802-targets-without-version.xml", PayloadShape.AUTO))
			.withMessageContaining("$.description.label: ${vcenter.hostname} is only available in a per-GUID payload");
	}

	@Test
	void buildWhenTwoExtensionsShareAKeyThenRefusedAndHttpRefused() {
		assertThatExceptionOfType(DescriptorException.class)
			.isThrownBy(() -> build(Path.of("src/test/resources/descriptors/list-of-two.json"),
					"vsphere-801-prefixed.xml", PayloadShape.AUTO))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::toString)
				.contains(
						"warning: $[0].additionalProperties: is not a property of the Extension data object; check the spelling",
						"error: $[1].client[0].url: 'http://10.0.0.50/b/plugin.json' uses http; the vSphere Client "
								+ "loads remote plug-ins over https only, and the preflight cannot check it. Use https, "
								+ "or pass --allow-http for a lab",
						"warning: $[1].client[0].version: is absent; the vSphere Client manages plug-in versions by it, set it to '1.0.0.0'",
						"error: $[1].key: 'com.example.plugin.a' repeats $[0].key; each extension needs its own key"));
	}

	@Test
	void buildWhenAdminEmailIsAListThenSentAsWritten() {
		Descriptor descriptor = Descriptor.parse(Path.of("one.json"),
				"""
						{"key": "k", "version": "1.0.0.0", "company": "c", "description": {"label": "l", "summary": "s"},
						 "client": [{"type": "vsphere-client-remote", "url": "https://h/plugin.json", "version": "1.0.0.0"}],
						 "server": [{"url": "https://h", "serverThumbprint": "${appliance.thumbprint}", "adminEmail": ["a@x", "b@x"]}]}""");
		Payload payload = PayloadBuilder.build(descriptor, TestContexts.strict(Map.of()), PayloadShape.LIST, List.of());
		assertThat(payload.bodyText()).contains("\"adminEmail\" : [ \"a@x\", \"b@x\" ]");
		assertThat(payload.warnings()).isEmpty();
	}

	@Test
	void chooseWhenVersionsMixedThenPerGuidOnlyIfAllAtLeast803() {
		Thumbprint pin = Thumbprint.parse(TestContexts.CERTIFICATE_THUMBPRINT);
		TargetVcenter new1 = new TargetVcenter(0, "a", "g1", pin, Optional.of("8.0.3"));
		TargetVcenter new2 = new TargetVcenter(1, "b", "g2", pin, Optional.of("9.0.0.0"));
		TargetVcenter old = new TargetVcenter(2, "c", "g3", pin, Optional.of("8.0.2.00100"));
		TargetVcenter odd = new TargetVcenter(3, "d", "g4", pin, Optional.of("8.x"));
		assertThat(PayloadBuilder.choose(PayloadShape.AUTO, List.of(new1, new2))).isEqualTo(PayloadShape.PER_GUID);
		assertThat(PayloadBuilder.choose(PayloadShape.AUTO, List.of(new1, old))).isEqualTo(PayloadShape.LIST);
		assertThat(PayloadBuilder.choose(PayloadShape.AUTO, List.of(odd))).isEqualTo(PayloadShape.LIST);
		assertThat(PayloadBuilder.choose(PayloadShape.AUTO, List.of())).isEqualTo(PayloadShape.LIST);
	}

	@Test
	void resolveWhenHttpAndAllowedThenOnlyAWarning() {
		OvfEnvironment environment = environment("vsphere-801-prefixed.xml");
		PayloadBuilder.Resolution resolution = PayloadBuilder.resolve(
				Descriptor.load(Path.of("src/test/resources/descriptors/list-of-two.json")),
				TestContexts.strictAllowingHttp(environment.properties()), ExtensionRules.Api.SOLUTION_INSTALL);
		assertThat(resolution.problems()).extracting(Problem::toString)
			.contains("warning: $[1].client[0].url: 'http://10.0.0.50/b/plugin.json' uses http; the vSphere Client "
					+ "loads remote plug-ins over https only")
			.noneMatch((problem) -> problem.contains("uses http") && problem.startsWith("error"));
	}

	static Payload build(Path descriptorFile, String environmentFile, PayloadShape shape) {
		OvfEnvironment environment = environment(environmentFile);
		return PayloadBuilder.build(Descriptor.load(descriptorFile), TestContexts.strict(environment.properties()),
				shape, SolutionInstallContext.from(environment).targets());
	}

	static OvfEnvironment environment(String name) {
		try {
			Path file = Path.of("src/test/resources/ovf-env/solution-install", name);
			return new OvfEnvironmentParser().parse(Files.readAllBytes(file), name);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
