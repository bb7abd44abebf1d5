package dev.solutionagent.extension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentParser;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Environments and descriptors the agent has never seen, generated from a seed per
 * repetition: every body built must follow every rule.
 */
class PayloadGeneratedInputsTests {

	private static final String[] VERSIONS = { null, "8.0.2", "8.0.3", "8.0.3.00400", "9.0.0.0", "8.0.1.00000" };

	@RepeatedTest(200)
	void buildWhenGeneratedInputsThenBodyFollowsEveryRule(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		String token = "tok" + UUID.randomUUID();
		int targetCount = random.nextInt(5);
		OvfEnvironment environment = new OvfEnvironmentParser()
			.parse(environmentXml(random, token, targetCount).getBytes(StandardCharsets.UTF_8), "generated");
		SolutionInstallContext context = SolutionInstallContext.from(environment);
		int extensionCount = 1 + random.nextInt(3);
		Descriptor descriptor = Descriptor.parse(Path.of("generated.json"), descriptorJson(random, extensionCount));
		Payload payload = PayloadBuilder.build(descriptor, TestContexts.strict(environment.properties()),
				PayloadShape.AUTO, context.targets());

		JsonNode body = JsonMapper.shared().readTree(payload.body());
		assertThat(payload.bodyText()).doesNotContain(token);
		assertThat(body.propertyNames()).hasSize(1);
		boolean allNew = !context.targets().isEmpty()
				&& context.targets().stream().allMatch((t) -> t.isAtLeast(PayloadBuilder.PER_GUID_MINIMUM));
		if (allNew) {
			JsonNode perGuid = body.get("vcenterExtensionsPerGuid");
			assertThat(perGuid.propertyNames())
				.containsExactlyElementsOf(context.targets().stream().map(TargetVcenter::guid).toList());
			perGuid.forEach((list) -> assertExtensions(list, extensionCount));
		}
		else {
			assertExtensions(body.get("vcenterExtensions"), extensionCount);
		}
	}

	private static void assertExtensions(JsonNode list, int expected) {
		assertThat(list.size()).isEqualTo(expected);
		Set<String> keys = new HashSet<>();
		for (JsonNode wrapper : list) {
			assertThat(wrapper.propertyNames()).containsExactly("extension");
			ObjectNode extension = (ObjectNode) wrapper.get("extension");
			assertThat(ExtensionRules.check(extension, "$", ExtensionRules.Api.SOLUTION_INSTALL))
				.noneMatch(Problem::isError);
			assertThat(extension.toString()).doesNotContain("${");
			assertThat(extension.get("client").get(0).get("type").stringValue()).isEqualTo("vsphere-client-remote");
			assertThat(keys.add(extension.get("key").stringValue())).isTrue();
		}
	}

	private static String environmentXml(Random random, String token, int targets) {
		List<String> properties = new ArrayList<>();
		properties.add(property(SolutionInstallContext.TOKEN, token));
		String host = "vc" + random.nextInt(100) + ".example.com";
		properties.add(property(SolutionInstallContext.ENDPOINT,
				(random.nextBoolean() ? "https://" : "") + host + "/api/ui/solutioninstall"));
		properties.add(property(SolutionInstallContext.THUMBPRINT, hex(random, random.nextBoolean() ? 32 : 20)));
		if (targets > 0 || random.nextBoolean()) {
			properties.add(property(SolutionInstallContext.TARGET_COUNT, String.valueOf(targets)));
		}
		for (int i = 0; i < targets; i++) {
			properties.add(property(SolutionInstallContext.targetKey(i, "hostname"), "vc" + i + ".example.com"));
			properties.add(property(SolutionInstallContext.targetKey(i, "guid"), UUID.randomUUID().toString()));
			properties.add(property(SolutionInstallContext.targetKey(i, "thumbprint"), hex(random, 32)));
			String version = VERSIONS[random.nextInt(VERSIONS.length)];
			if (version != null) {
				properties.add(property(SolutionInstallContext.targetKey(i, "version"), version));
			}
		}
		properties.add(property("vendor.note", "a & b < c \"quoted\" 'single'"));
		java.util.Collections.shuffle(properties, random);
		return "<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1' xmlns:oe='http://schemas.dmtf.org/ovf/environment/1'>"
				+ "<PropertySection>" + String.join("", properties) + "</PropertySection>"
				+ "<Entity oe:id='other'><PropertySection>" + property(SolutionInstallContext.TOKEN, "other-vm")
				+ "</PropertySection></Entity></Environment>";
	}

	private static String descriptorJson(Random random, int count) {
		List<String> extensions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String version = (1 + random.nextInt(9)) + "." + random.nextInt(10) + "." + random.nextInt(10) + "."
					+ random.nextInt(1000);
			String adminEmail = random.nextBoolean() ? "\"ops@example.com\"" : "[\"a@example.com\", \"b@example.com\"]";
			String lists = random.nextBoolean() ? ""
					: ", \"taskList\": [{\"taskID\": \"com.example.p" + i + ".task\"}], \"privilegeList\": "
							+ "[{\"privID\": \"Grp" + i + ".Do\", \"privGroupName\": \"Grp" + i + "\"}]";
			extensions
				.add("""
						{"key": "com.example.p%d", "version": "%s", "company": "Example, Inc.",
						 "description": {"label": "P%d", "summary": "${ovf.vendor.note}"},
						 "client": [{"type": "vsphere-client-remote", "url": "https://${appliance.address}/p%d/plugin.json", "version": "%s"}],
						 "server": [{"url": "https://${appliance.address}/p%d", "serverThumbprint": "${appliance.thumbprint}", "adminEmail": %s}],
						 "shownInSolutionManager": %b%s}"""
					.formatted(i, version, i, i, version, i, adminEmail, random.nextBoolean(), lists));
		}
		return (count == 1 && random.nextBoolean()) ? extensions.get(0) : "[" + String.join(",", extensions) + "]";
	}

	private static String property(String key, String value) {
		return "<Property oe:key='%s' oe:value='%s'/>".formatted(key,
				value.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;").replace("\"", "&quot;"));
	}

	private static String hex(Random random, int bytes) {
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < bytes; i++) {
			hex.append((i > 0) ? ":" : "").append("%02X".formatted(random.nextInt(256)));
		}
		return hex.toString();
	}

}
