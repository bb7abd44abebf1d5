package dev.solutionagent.ovf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironmentParser;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.testsupport.OvfEnvironmentFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static dev.solutionagent.environment.SolutionInstallContext.ENDPOINT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_COUNT;
import static dev.solutionagent.environment.SolutionInstallContext.THUMBPRINT;
import static dev.solutionagent.environment.SolutionInstallContext.TOKEN;
import static dev.solutionagent.environment.SolutionInstallContext.VERSION;
import static dev.solutionagent.environment.SolutionInstallContext.targetKey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other direction of the drift check in {@link ProductSectionTemplateTests}: fill
 * every property the bundled template declares, as vCenter would, and prove that the
 * agent reads each value back.
 */
class ProductSectionTemplateDriftTests {

	private static final int SLOTS = 3;

	@Test
	void renderWhenEveryDeclaredPropertyIsFilledThenTheAgentReadsEveryValue() {
		Element section = ProductSectionTemplate.bundled()
			.render(new ProductSectionValues("a.b", "a.b", "p", "v", "1", SLOTS))
			.getDocumentElement();
		Map<String, String> filled = new LinkedHashMap<>();
		List<String> declared = ProductSectionTemplate.declaredKeys(section);
		for (int i = 0; i < declared.size(); i++) {
			filled.put(declared.get(i), valueFor(declared.get(i), i));
		}
		SolutionInstallContext context = SolutionInstallContext
			.from(new OvfEnvironmentParser().parse(environment(filled), "filled from the template"));
		Map<String, String> read = readBack(context);
		// The optional ExtensionManager group is read by its own context, on the fallback
		// path.
		ExtensionManagerContext fallback = ExtensionManagerContext
			.from(new OvfEnvironmentParser().parse(environment(filled), "filled from the template"));
		read.put(ExtensionManagerContext.URL, fallback.url());
		read.put(ExtensionManagerContext.THUMBPRINT, fallback.pin().toString());
		read.put(ExtensionManagerContext.USERNAME, fallback.username());
		read.put(ExtensionManagerContext.PASSWORD, fallback.password().reveal());
		Map<String, String> expected = new HashMap<>(filled);
		expected.remove(ProductSectionTemplateTests.SOLUTION_ID);
		expected.remove(ProductSectionTemplateTests.PLUGIN_ID);
		assertThat(read).containsExactlyInAnyOrderEntriesOf(expected);
	}

	private static String valueFor(String key, int position) {
		if (key.equals(TARGET_COUNT)) {
			return Integer.toString(SLOTS);
		}
		if (key.endsWith("thumbprint")) {
			// Distinct SHA-256 thumbprints, in the canonical form the agent prints.
			return ("%02X:".repeat(31) + "%02X").formatted(new Object[] { position, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
					12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31 });
		}
		if (key.endsWith(".guid")) {
			// Distinct instance UUIDs, the only form the agent accepts.
			return "%08x-0000-4000-8000-%012x".formatted(position, position);
		}
		if (key.equals(ENDPOINT)) {
			return "https://vcsa-01.example.com/api/ui/solutioninstall";
		}
		if (key.equals(ExtensionManagerContext.URL)) {
			return "https://vcsa-01.example.com/sdk";
		}
		return key.endsWith("version") ? "8.0." + position : "value-" + position;
	}

	// What the agent made of each key, keyed back by the key it read it from.
	private static Map<String, String> readBack(SolutionInstallContext context) {
		Map<String, String> read = new HashMap<>();
		read.put(TOKEN, context.token().reveal());
		read.put(ENDPOINT, context.endpoint().toString());
		read.put(THUMBPRINT, context.pin().toString());
		context.clientVersion().ifPresent((version) -> read.put(VERSION, version));
		read.put(TARGET_COUNT, Integer.toString(context.targets().size()));
		for (TargetVcenter target : context.targets()) {
			read.put(targetKey(target.index(), "hostname"), target.hostname());
			read.put(targetKey(target.index(), "guid"), target.guid());
			read.put(targetKey(target.index(), "thumbprint"), target.thumbprint().toString());
			target.version().ifPresent((version) -> read.put(targetKey(target.index(), "version"), version));
		}
		return read;
	}

	private static byte[] environment(Map<String, String> properties) {
		return OvfEnvironmentFiles.of(properties).xml().getBytes(StandardCharsets.UTF_8);
	}

}
