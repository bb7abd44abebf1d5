package dev.solutionagent.vim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.solutionagent.extension.Descriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RegisterExtension envelope: golden text, WSDL element order whatever the
 * descriptor's order, and escaping.
 */
class ExtensionXmlTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/register-extension.xml");

	@Test
	void registerEnvelopeOfTheExampleMatchesTheGoldenFile() throws IOException {
		String envelope = register(VimFixtures.example().get(0));
		if (Boolean.getBoolean("golden.update")) {
			Files.writeString(GOLDEN, envelope);
		}
		assertThat(envelope).isEqualTo(Files.readString(GOLDEN));
	}

	@Test
	void envelopeUsesTheVim25NamespaceAndATypedThisReference() {
		Element method = VimXml.bodyContent(VimXml.parse(bytes(register(VimFixtures.example().get(0)))));
		assertThat(method.getNamespaceURI()).isEqualTo("urn:vim25");
		assertThat(method.getLocalName()).isEqualTo("RegisterExtension");
		Element self = VimXml.elements(method).get(0);
		assertThat(self.getLocalName()).isEqualTo("_this");
		assertThat(self.getAttribute("type")).isEqualTo("ExtensionManager");
		assertThat(self.getTextContent()).isEqualTo("ExtensionManager");
	}

	@Test
	void elementsFollowTheWsdlOrderWhateverTheDescriptorOrder() {
		String reversed = """
				{"resourceList": [{"data": [{"value": "V", "key": "k.v1"}], "module": "task", "locale": "en_US"}],
				 "privilegeList": [{"privGroupName": "Ex", "privID": "Ex.Run"}],
				 "taskList": [{"taskID": "t.v1"}],
				 "server": [{"adminEmail": ["a@example.com", "b@example.com"], "serverThumbprint": "%s",
				             "url": "https://plugin.example.com/p"}],
				 "client": [{"url": "https://plugin.example.com/p/plugin.json"}],
				 "shownInSolutionManager": true,
				 "description": {"summary": "S", "label": "L"},
				 "version": "1.0.0", "company": "Example", "key": "com.example.p"}
				""".formatted("AB:".repeat(31) + "AB");
		SoapExtension extension = SoapExtension
			.fromDescriptor(Descriptor.parse(Path.of("reversed.json"), reversed), VimFixtures.context(),
					VimFixtures.NOW)
			.extensions()
			.get(0);
		Element xml = extensionElement(register(extension));
		assertThat(names(xml)).containsExactly("description", "key", "company", "version", "server", "client",
				"taskList", "privilegeList", "resourceList", "lastHeartbeatTime", "shownInSolutionManager");
		assertThat(names(VimXml.child(xml, "server").orElseThrow())).containsExactly("url", "description", "company",
				"type", "adminEmail", "adminEmail", "serverThumbprint");
		assertThat(names(VimXml.child(xml, "client").orElseThrow())).containsExactly("version", "description",
				"company", "type", "url");
		assertThat(names(VimXml.child(xml, "description").orElseThrow())).containsExactly("label", "summary");
		assertThat(names(VimXml.child(xml, "privilegeList").orElseThrow())).containsExactly("privID", "privGroupName");
		Element resource = VimXml.child(xml, "resourceList").orElseThrow();
		assertThat(names(resource)).containsExactly("locale", "module", "data");
		assertThat(names(VimXml.child(resource, "data").orElseThrow())).containsExactly("key", "value");
	}

	@Test
	void textIsEscapedAndReadsBackAsWritten() {
		String tricky = """
				{"key": "com.example.p", "version": "1.0.0", "company": "A & B <Ltd> \\"Q\\"",
				 "description": {"label": "L ]]> x", "summary": "é ü 😀"},
				 "client": [{"url": "https://plugin.example.com/p/plugin.json?a=1&b=2"}],
				 "server": [{"url": "https://plugin.example.com/p", "serverThumbprint": "%s",
				             "adminEmail": "ops@example.com"}]}
				""".formatted("AB:".repeat(31) + "AB");
		SoapExtension extension = SoapExtension
			.fromDescriptor(Descriptor.parse(Path.of("tricky.json"), tricky), VimFixtures.context(), VimFixtures.NOW)
			.extensions()
			.get(0);
		RegisteredExtension back = RegisteredExtension.of(extensionElement(register(extension)));
		assertThat(back.company()).isEqualTo("A & B <Ltd> \"Q\"");
		assertThat(back.label()).isEqualTo("L ]]> x");
		assertThat(back.summary()).isEqualTo("é ü 😀");
		assertThat(back.manifestUrl()).isEqualTo("https://plugin.example.com/p/plugin.json?a=1&b=2");
	}

	private static String register(SoapExtension extension) {
		return VimTransport.request("RegisterExtension", new MoRef("ExtensionManager", "ExtensionManager"),
				(xml) -> ExtensionXml.write(xml, "extension", extension.json()));
	}

	private static Element extensionElement(String envelope) {
		Element method = VimXml.bodyContent(VimXml.parse(bytes(envelope)));
		return VimXml.child(method, "extension").orElseThrow();
	}

	private static List<String> names(Element element) {
		return VimXml.elements(element).stream().map(Element::getLocalName).toList();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
