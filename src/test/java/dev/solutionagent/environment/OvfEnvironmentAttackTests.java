package dev.solutionagent.environment;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * XML attacks on the parser: every one must be refused before anything is read or
 * expanded.
 */
class OvfEnvironmentAttackTests {

	private static final String NS = "xmlns='http://schemas.dmtf.org/ovf/environment/1' xmlns:oe='http://schemas.dmtf.org/ovf/environment/1'";

	@Test
	void parseWhenExternalEntityThenRefusedAndFileNotRead(@TempDir Path dir) throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		String xml = "<?xml version='1.0'?><!DOCTYPE Environment [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>"
				+ "<Environment " + NS
				+ "><PropertySection><Property oe:key='k' oe:value='&x;'/></PropertySection></Environment>";
		assertThatExceptionOfType(OvfEnvironmentException.class).isThrownBy(() -> OvfDocuments.parse(xml))
			.withMessageContaining("DOCTYPE")
			.withMessageNotContaining("TOP-SECRET");
	}

	@Test
	void parseWhenBillionLaughsThenRefused() {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE Environment [<!ENTITY l0 'lol'>");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY l%d '%s'>".formatted(i, ("&l" + (i - 1) + ";").repeat(10)));
		}
		String xml = dtd + "]><Environment " + NS
				+ "><PropertySection><Property oe:key='k' oe:value='&l9;'/></PropertySection></Environment>";
		assertThatExceptionOfType(OvfEnvironmentException.class).isThrownBy(() -> OvfDocuments.parse(xml))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void parseWhenParameterEntityThenRefused() {
		String xml = "<!DOCTYPE Environment [<!ENTITY % remote SYSTEM 'http://127.0.0.1:1/evil.dtd'> %remote;]>"
				+ "<Environment " + NS + "/>";
		assertThatExceptionOfType(OvfEnvironmentException.class).isThrownBy(() -> OvfDocuments.parse(xml))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void parseWhenXIncludeThenNotFollowed(@TempDir Path dir) throws Exception {
		Path included = Files.writeString(dir.resolve("inc.xml"),
				"<PropertySection xmlns='http://schemas.dmtf.org/ovf/environment/1' xmlns:oe='http://schemas.dmtf.org/ovf/environment/1'>"
						+ "<Property oe:key='injected' oe:value='yes'/></PropertySection>");
		String xml = "<Environment " + NS + " xmlns:xi='http://www.w3.org/2001/XInclude'><xi:include href='"
				+ included.toUri() + "'/></Environment>";
		OvfEnvironment environment = OvfDocuments.parse(xml);
		assertThat(environment.hasPropertySection()).isFalse();
		assertThat(environment.properties()).doesNotContainKey("injected");
	}

}
