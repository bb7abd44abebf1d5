package dev.solutionagent.ovf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.solutionagent.environment.ExtensionManagerContext;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static dev.solutionagent.environment.SolutionInstallContext.ENDPOINT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_COUNT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_FIELDS;
import static dev.solutionagent.environment.SolutionInstallContext.THUMBPRINT;
import static dev.solutionagent.environment.SolutionInstallContext.TOKEN;
import static dev.solutionagent.environment.SolutionInstallContext.VERSION;
import static dev.solutionagent.environment.SolutionInstallContext.targetKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProductSectionTemplate}: the shipped templates against the keys the
 * agent reads, and the marker rules.
 */
class ProductSectionTemplateTests {

	static final String SOLUTION_ID = "vmw.vsphereui.solutioninstall.solutionId";

	static final String PLUGIN_ID = "vmw.vsphereui.solutioninstall.pluginId";

	static final ProductSectionValues VALUES = new ProductSectionValues("com.example.vsphere.solution",
			"com.example.vsphere.remoteplugin", "Example Remote Plug-in", "Example, Inc.", "1.2.0.0", 3);

	/**
	 * Every key solution-agent reads, for a number of slots, from its own constants.
	 * @param slots the target vCenter slots
	 * @return the keys
	 */
	static Set<String> keysTheAgentReads(int slots) {
		Set<String> keys = new LinkedHashSet<>(List.of(TOKEN, ENDPOINT, THUMBPRINT, VERSION, TARGET_COUNT));
		keys.addAll(ExtensionManagerContext.KEYS);
		for (int slot = 0; slot < slots; slot++) {
			for (String field : TARGET_FIELDS) {
				keys.add(targetKey(slot, field));
			}
		}
		return keys;
	}

	@Test
	void renderWhenBundledThenDeclaresExactlyTheKeysTheAgentReadsPlusTheTwoStaticIds() {
		Element section = ProductSectionTemplate.bundled().render(VALUES).getDocumentElement();
		Set<String> expected = new LinkedHashSet<>(keysTheAgentReads(3));
		// The documented exception: vSphere reads these two, the agent does not.
		expected.addAll(List.of(SOLUTION_ID, PLUGIN_ID));
		assertThat(ProductSectionTemplate.declaredKeys(section)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void renderWhenBundledWithManySlotsThenEverySlotHasEveryField() {
		ProductSectionValues fifteen = new ProductSectionValues("a.b", "a.b", "p", "v", "1", 15);
		Element section = ProductSectionTemplate.bundled().render(fifteen).getDocumentElement();
		assertThat(ProductSectionTemplate.declaredKeys(section)).containsAll(keysTheAgentReads(15))
			.doesNotContain(targetKey(15, "guid"))
			.hasSize(keysTheAgentReads(15).size() + 2);
	}

	@Test
	void renderWhenExampleTemplateThenDeclaresTheAgentsKeysAndTheVendorProperty() {
		Element section = ProductSectionTemplate.load(Path.of("examples/product-section.xml"))
			.render(VALUES)
			.getDocumentElement();
		Set<String> expected = new LinkedHashSet<>(keysTheAgentReads(3));
		expected.addAll(List.of(SOLUTION_ID, PLUGIN_ID, "example.adminEmail"));
		assertThat(ProductSectionTemplate.declaredKeys(section)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void renderThenOnlyTheTokenAndTheVcenterPasswordArePasswords() {
		Element section = ProductSectionTemplate.bundled().render(VALUES).getDocumentElement();
		List<String> passwords = new ArrayList<>();
		for (Element property : Ovf.children(section, "Property")) {
			if ("true".equals(property.getAttributeNS(ProductSectionTemplate.OVF_NS, "password"))) {
				passwords.add(Ovf.key(property));
			}
		}
		assertThat(passwords).containsExactly(TOKEN, ExtensionManagerContext.PASSWORD);
	}

	@Test
	void renderThenStaticIdsCarryTheirValueAndASingleChoice() {
		Element section = ProductSectionTemplate.bundled().render(VALUES).getDocumentElement();
		Element solution = property(section, SOLUTION_ID);
		assertThat(solution.getAttributeNS(ProductSectionTemplate.OVF_NS, "value"))
			.isEqualTo("com.example.vsphere.solution");
		assertThat(solution.getAttributeNS(ProductSectionTemplate.OVF_NS, "qualifiers"))
			.isEqualTo("ValueMap{\"com.example.vsphere.solution\"}");
		assertThat(property(section, PLUGIN_ID).getAttributeNS(ProductSectionTemplate.OVF_NS, "value"))
			.isEqualTo("com.example.vsphere.remoteplugin");
		assertThat(Ovf.children(section, "Vendor").get(0).getTextContent()).isEqualTo("Example, Inc.");
	}

	@Test
	void renderWhenVendorIsEmptyThenNoVendorElement() {
		ProductSectionValues noVendor = new ProductSectionValues("a.b", "a.b", "Product", "", "", 1);
		Element section = ProductSectionTemplate.bundled().render(noVendor).getDocumentElement();
		assertThat(Ovf.children(section, "Vendor")).isEmpty();
		assertThat(Ovf.children(section, "Version")).isEmpty();
		assertThat(Ovf.children(section, "Product")).hasSize(1);
	}

	@Test
	void renderWhenTemplateHasUnknownMarkerThenErrorNamesItAndTheTemplate() {
		ProductSectionTemplate template = template("<Product>{{prodcut}}</Product>");
		assertThatExceptionOfType(OvfException.class).isThrownBy(() -> template.render(VALUES))
			.withMessageContaining("test template")
			.withMessageContaining("unknown marker {{prodcut}}");
	}

	@Test
	void renderWhenSlotMarkerIsOutsideAPropertyKeyThenError() {
		ProductSectionTemplate template = template("<Product>{{slot}}</Product>");
		assertThatExceptionOfType(OvfException.class).isThrownBy(() -> template.render(VALUES))
			.withMessageContaining("{{slot}} belongs in a Property's ovf:key only");
	}

	@Test
	void renderWhenSlotMarkerHasSpacesThenItIsStillRepeated() {
		ProductSectionTemplate template = template(
				"<Property ovf:key=\"x.{{ slot }}.y\" ovf:type=\"string\" ovf:value=\"\"/>");
		assertThat(ProductSectionTemplate.declaredKeys(template.render(VALUES).getDocumentElement()))
			.containsExactly("x.0.y", "x.1.y", "x.2.y");
	}

	@Test
	void renderWhenAKeyIsDeclaredTwiceThenError() {
		String property = "<Property ovf:key=\"x.y\" ovf:type=\"string\" ovf:value=\"\"/>";
		ProductSectionTemplate template = template(property + property);
		assertThatExceptionOfType(OvfException.class).isThrownBy(() -> template.render(VALUES))
			.withMessageContaining("property 'x.y' is declared more than once");
	}

	@Test
	void parseWhenRootIsNotAProductSectionThenError() {
		byte[] envelope = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"/>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(OvfException.class)
			.isThrownBy(() -> ProductSectionTemplate.parse(envelope, "test template"))
			.withMessageContaining("not {http://schemas.dmtf.org/ovf/envelope/1}ProductSection");
	}

	@Test
	void valuesWhenIdIsNotAReverseDomainNameThenErrorNamesIt() {
		assertThatExceptionOfType(OvfException.class)
			.isThrownBy(() -> new ProductSectionValues("a\"b", "a.b", "p", "v", "1", 1))
			.withMessageContaining("solution ID: 'a\"b' is not a reverse domain name");
		assertThatExceptionOfType(OvfException.class)
			.isThrownBy(() -> new ProductSectionValues("a.b", "a.b", "p", "v", "1", 0))
			.withMessageContaining("declare 1 to 64 slots");
	}

	static Element property(Element section, String key) {
		return Ovf.children(section, "Property")
			.stream()
			.filter((property) -> Ovf.key(property).equals(key))
			.findFirst()
			.orElseThrow();
	}

	private static ProductSectionTemplate template(String body) {
		String xml = "<ProductSection xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
				+ "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"><Info>i</Info>" + body + "</ProductSection>";
		return ProductSectionTemplate.parse(xml.getBytes(StandardCharsets.UTF_8), "test template");
	}

}
