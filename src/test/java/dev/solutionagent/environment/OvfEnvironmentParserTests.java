package dev.solutionagent.environment;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class OvfEnvironmentParserTests {

	@ParameterizedTest
	@CsvSource({ "cloud-init__doc-example-ovf-env.xml, true, 7", "mkhafeez-provisioning__ovf-env.xml, true, 4",
			"vcenter-event-broker-appliance__test_getOvfProperty-fixture.xml, true, 9",
			"vmw-ovflib__ovf_test-vapprun-empty-values.xml, true, 6",
			"scotttyso-intersight-toolkit__README-vsphere801-no-properties.xml, false, 0",
			"azure-docker-extension__testdata-ovf-env.xml, false, 0" })
	void parseWhenRealCaptureThenEveryPropertyOfTheRootSection(String file, boolean hasSection, int count) {
		OvfEnvironment environment = OvfDocuments.real(file);
		assertThat(environment.hasPropertySection()).isEqualTo(hasSection);
		assertThat(environment.properties()).hasSize(count);
		assertThat(environment.source()).contains(file);
	}

	@Test
	void parseWhenPrefixedElementsAndCommentsThenValuesExact() {
		OvfEnvironment environment = OvfDocuments.real("cloud-init__doc-example-ovf-env.xml");
		assertThat(environment.properties()).containsEntry("instance-id", "i-abcdefg")
			.containsEntry("user-data", "IyEvYmluL3NoCmVjaG8gImhpIHdvcmxkIgo=");
		assertThat(environment.properties().keySet()).startsWith("instance-id", "seedfrom", "public-keys");
	}

	@Test
	void parseWhenEntityEscapesThenDecodedExactly() {
		OvfEnvironment environment = OvfDocuments
			.real("vcenter-event-broker-appliance__test_getOvfProperty-fixture.xml");
		assertThat(environment.properties()).containsEntry("guestinfo.specialchars", "& < > ' \"")
			.containsEntry("guestinfo.test_password", "\"My&Quoted!Password\"")
			.containsEntry("guestinfo.mismatchedquotes", "'Hello World\"");
	}

	@Test
	void parseWhenEmptyValuesThenEmptyStringsNotMissing() {
		OvfEnvironment environment = OvfDocuments.real("vmw-ovflib__ovf_test-vapprun-empty-values.xml");
		assertThat(environment.property("guestinfo.meta_data.url")).contains("");
		assertThat(environment.property("guestinfo.user_data.doc")).contains("");
		assertThat(environment.property("absent")).isEmpty();
	}

	@Test
	void parseWhenEntitySiblingsThenOnlyTheRootSectionCounts() {
		OvfEnvironment environment = OvfDocuments.solutionInstall("entity-siblings.xml");
		assertThat(environment.properties()).containsEntry(SolutionInstallContext.TOKEN, "ZW50aXR5LXRva2Vu")
			.doesNotContainKey("db.password")
			.contains(entry("vendor.motd", "<b>Tom & Jerry's \"plug-in\"</b>\nline two"), entry("vendor.empty", ""));
	}

	@Test
	void parseWhenNamespaceBoundToOtherPrefixThenMatchedByUri() {
		OvfEnvironment environment = OvfDocuments.solutionInstall("other-prefix.xml");
		assertThat(environment.properties()).containsOnlyKeys(SolutionInstallContext.TOKEN,
				SolutionInstallContext.ENDPOINT, SolutionInstallContext.THUMBPRINT);
	}

	@Test
	void parseWhenRootIsNotAnOvfEnvironmentThenNamesWhatItFound() {
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> OvfDocuments.parse("<Environment xmlns='urn:other'/>"))
			.withMessageContaining("is not an OVF environment")
			.withMessageContaining("{urn:other}Environment");
	}

	@Test
	void parseWhenNotWellFormedThenLineAndColumn() {
		assertThatExceptionOfType(OvfEnvironmentException.class).isThrownBy(
				() -> OvfDocuments.parse("<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1'>\n<Property"))
			.withMessageContaining("is not well-formed XML (line 2");
	}

	@Test
	void parseWhenPropertyLacksKeyOrDuplicatesThenEveryProblemListed() {
		String xml = """
				<Environment xmlns="http://schemas.dmtf.org/ovf/environment/1" xmlns:oe="http://schemas.dmtf.org/ovf/environment/1">
				  <PropertySection>
				    <Property oe:value="no key"/>
				    <Property oe:key="a" oe:value="1"/>
				    <Property oe:key="a" oe:value="2"/>
				    <Property oe:key="b"/>
				  </PropertySection>
				</Environment>""";
		assertThatExceptionOfType(OvfEnvironmentException.class).isThrownBy(() -> OvfDocuments.parse(xml))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"Property #1 of the PropertySection has no oe:key attribute",
					"property 'a' is declared more than once", "property 'b' has no oe:value attribute"));
	}

	@Test
	void parseWhenInvalidUtf8ThenRefused() {
		byte[] latin1 = "<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1'>\u00e9</Environment>"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> new OvfEnvironmentParser().parse(latin1, "test"))
			.withMessageContaining("is not valid UTF-8");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "UTF-16LE|true|the byte order mark FF FE", "UTF-16BE|true|the byte order mark FE FF",
					"UTF-16LE|false|'<' written as two bytes, 3C 00",
					"UTF-16BE|false|'<' written as two bytes, 00 3C" })
	void parseWhenUtf16ThenSaysSoAndHowToConvert(String charset, boolean bom, String signature) {
		byte[] utf16 = ((bom ? "\uFEFF" : "") + "<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1'/>")
			.getBytes(Charset.forName(charset));
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> new OvfEnvironmentParser().parse(utf16, "file ovf-env.xml"))
			.withMessage("OVF environment from file ovf-env.xml is UTF-16 (it starts with " + signature
					+ "); vSphere writes the OVF environment in UTF-8: convert the file (iconv -f UTF-16 -t UTF-8) "
					+ "or capture it again");
	}

	@Test
	void parseWhenByteOrderMarkThenAccepted() {
		byte[] bom = "\uFEFF<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1'/>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(new OvfEnvironmentParser().parse(bom, "test").hasPropertySection()).isFalse();
	}

	@Test
	void parseWhenLargerThanTheCapThenRefusedWithTheSetting() {
		byte[] big = ("<Environment xmlns='http://schemas.dmtf.org/ovf/environment/1'><!--" + "x".repeat(200)
				+ "--></Environment>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> new OvfEnvironmentParser(100).parse(big, "test"))
			.withMessageContaining("larger than the 100 bytes allowed (agent.transport.max-bytes)");
		assertThat(new OvfEnvironmentParser(big.length).parse(big, "test").properties()).isEmpty();
	}

}
