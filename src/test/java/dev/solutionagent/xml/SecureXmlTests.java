package dev.solutionagent.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SecureXml}.
 */
class SecureXmlTests {

	@Test
	void parseWhenDocumentDeclaresAnExternalEntityThenRefusedBeforeReadingIt() {
		String attack = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><e>&x;</e>";
		assertThatExceptionOfType(SAXParseException.class).isThrownBy(() -> parse(attack))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void parseThenNamespacesAreResolvedByUri() throws Exception {
		Document document = parse("<o:Envelope xmlns:o=\"http://schemas.dmtf.org/ovf/envelope/1\"/>");
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://schemas.dmtf.org/ovf/envelope/1");
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("Envelope");
	}

	@Test
	void serializeWhenIndentingTwiceThenTheSameBytes() throws Exception {
		byte[] once = SecureXml.serialize(parse(Files.readString(Path.of("examples/ovf-env.xml"))), true);
		byte[] twice = SecureXml.serialize(parse(new String(once, StandardCharsets.UTF_8)), true);
		assertThat(twice).isEqualTo(once);
		assertThat(new String(once, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.doesNotContain("standalone");
	}

	@Test
	void serializeWithoutIndentingThenTextBetweenElementsIsKept() throws Exception {
		String text = "<a>\n   <b x=\"&amp; &quot;\"/>\n</a>";
		assertThat(new String(SecureXml.serialize(parse(text), false), StandardCharsets.UTF_8))
			.endsWith("<a>\n   <b x=\"&amp; &quot;\"/>\n</a>");
	}

	private static Document parse(String text) throws Exception {
		return SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
