package dev.solutionagent.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.solutionagent.testsupport.HostileXml;
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

	@Test
	void parseWhenNestedDeeperThanLimitThenRefusedNamingTheDepthAndWhere() {
		String deep = HostileXml.nested(HostileXml.DEEP);
		assertThatExceptionOfType(XmlLimitException.class).isThrownBy(() -> SecureXml.parse(deep))
			.withMessage("is nested deeper than 100 elements (line 1, column 304)");
		assertThatExceptionOfType(XmlLimitException.class)
			.isThrownBy(() -> SecureXml.parse(deep.getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("is nested deeper than 100 elements");
	}

	@Test
	void parseWhenNestedExactlyToTheLimitThenParsedAndSerialized() throws Exception {
		Document document = SecureXml.parse(HostileXml.nested(SecureXml.MAX_DEPTH));
		assertThat(document.getDocumentElement().getTextContent()).isEmpty();
		assertThat(SecureXml.serialize(document, true)).isNotEmpty();
		assertThatExceptionOfType(XmlLimitException.class)
			.isThrownBy(() -> SecureXml.parse(HostileXml.nested(SecureXml.MAX_DEPTH + 1)));
	}

	@Test
	void parseWhenAMillionElementsThenRefusedBeforeADomIsBuilt() {
		String wide = "<r>" + "<a/>".repeat(1_000_000) + "</r>";
		assertThatExceptionOfType(XmlLimitException.class).isThrownBy(() -> SecureXml.parse(wide))
			.withMessageStartingWith(
					"holds more than 100000 elements, attributes, comments and processing instructions (line 1, column ");
	}

	@Test
	void parseWhenAttributesCommentsAndInstructionsAddUpPastTheLimitThenRefused() throws Exception {
		String each = "<a b='1' c='2'/><!----><?p?>";
		SecureXml.parse("<r>" + each.repeat(19_999) + "</r>");
		assertThatExceptionOfType(XmlLimitException.class)
			.isThrownBy(() -> SecureXml.parse("<r>" + each.repeat(20_000) + "</r>"));
	}

	@Test
	void newDocumentBuilderWhenNestedDeeperThanLimitThenTheJdkLimitRefusesIt() {
		// The JDK's own limit, set as a factory attribute; it holds on 17 and 25.
		assertThatExceptionOfType(SAXParseException.class)
			.isThrownBy(() -> parse(HostileXml.nested(SecureXml.MAX_DEPTH + 1)))
			.withMessageContaining("JAXP00010006")
			.withMessageContaining("\"100\"")
			.withMessageContaining("maxElementDepth");
	}

	@Test
	void parseWhenDoctypeThenRefusedByTheFirstPass() {
		assertThatExceptionOfType(SAXParseException.class)
			.isThrownBy(() -> SecureXml.parse("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>"))
			.withMessageContaining("DOCTYPE");
	}

	private static Document parse(String text) throws Exception {
		return SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
