package dev.solutionagent.environment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SolutionInstallContextTests {

	private static final String PIN = "0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0:0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0";

	private static final String GUID = "0c3b7a52-94e0-4c0b-8f0a-1f6d2b9e7c11";

	@Test
	void fromWhen803DocumentThenEveryFieldTyped() {
		SolutionInstallContext context = SolutionInstallContext
			.from(OvfDocuments.solutionInstall("vsphere-803-two-targets.xml"));
		assertThat(context.endpoint()).hasToString("https://vc1.lab.local/api/ui/solutioninstall");
		assertThat(context.pin()).hasToString(
				"4A:1F:9C:33:0E:B2:57:D8:61:AA:0C:93:E4:5B:7F:12:88:3D:C0:6E:9A:21:F4:57:B3:0D:CE:72:18:95:6A:E1");
		assertThat(context.clientVersion()).contains("8.0.3.00300");
		assertThat(context.token().reveal()).isEqualTo("c2VjcmV0LXRva2VuLWZvci10ZXN0cy0wMDAxMjM0NTY3ODk=");
		assertThat(context.targets()).extracting(TargetVcenter::hostname)
			.containsExactly("vc1.lab.local", "vc2.lab.local");
		assertThat(context.targets().get(1).version()).contains("8.0.3.00400");
		assertThat(context.targets()).allMatch((target) -> target.isAtLeast("8.0.3"));
	}

	@Test
	void toStringWhenPrintedThenTokenRedacted() {
		SolutionInstallContext context = SolutionInstallContext
			.from(OvfDocuments.solutionInstall("vsphere-803-two-targets.xml"));
		assertThat(context.toString()).doesNotContain("c2VjcmV0LXRva2Vu").contains("<redacted, 48 characters>");
	}

	@Test
	void fromWhen802DocumentThenTargetsWithoutVersionAndSha1Pin() {
		SolutionInstallContext context = SolutionInstallContext
			.from(OvfDocuments.solutionInstall("vsphere-802-targets-without-version.xml"));
		assertThat(context.endpoint()).hasToString("https://10.20.30.40/api/ui/solutioninstall");
		assertThat(context.pin().algorithm()).isEqualTo(dev.solutionagent.tls.Thumbprint.Algorithm.SHA1);
		assertThat(context.clientVersion()).isEmpty();
		assertThat(context.targets()).singleElement().satisfies((target) -> {
			assertThat(target.version()).isEmpty();
			assertThat(target.isAtLeast("8.0.3")).isFalse();
		});
	}

	@Test
	void fromWhen801PrefixedDocumentThenNoTargetsAndSchemeLessEndpointIsHttps() {
		SolutionInstallContext context = SolutionInstallContext
			.from(OvfDocuments.solutionInstall("vsphere-801-prefixed.xml"));
		assertThat(context.endpoint()).hasToString("https://192.168.10.5/api/ui/solutioninstall");
		assertThat(context.targets()).isEmpty();
	}

	@Test
	void fromWhenTemplateSlotsLeftEmptyThenOnlyCountedTargets() {
		SolutionInstallContext context = SolutionInstallContext
			.from(OvfDocuments.solutionInstall("template-slots.xml"));
		assertThat(context.targets()).extracting(TargetVcenter::guid)
			.containsExactly("3f2a1b0c-5d4e-4f60-8a7b-9c0d1e2f3a4b", "7E6D5C4B-3A29-4180-9F8E-7D6C5B4A3928");
	}

	@Test
	void fromWhenEmptyVersionThenTreatedAsAbsent() {
		assertThat(SolutionInstallContext.from(OvfDocuments.solutionInstall("entity-siblings.xml")).clientVersion())
			.isEmpty();
	}

	@Test
	void fromWhenNoPropertySectionThenSaysSoAndNamesEveryMissingKey() {
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext
				.from(OvfDocuments.real("scotttyso-intersight-toolkit__README-vsphere801-no-properties.xml")))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(4).first().asString().contains("no PropertySection"))
			.withMessageContaining("solutionInstall.token is missing")
			.withMessageContaining("solutionInstall.postDeployData.endpoint is missing")
			.withMessageContaining("solutionInstall.postDeployData.thumbprint is missing");
	}

	@Test
	void fromWhenEverythingWrongThenEveryProblemAtOnceEachNamingItsKey() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("solutionInstall.token", "");
		properties.put("solutionInstall.postDeployData.endpoint", "http://vc.example.com/api/ui/solutioninstall");
		properties.put("solutionInstall.postDeployData.thumbprint", "AB:CD");
		properties.put("solutionInstall.targetVcenterServers.count", "2");
		properties.put("solutionInstall.targetVcenterServers.0.hostname", "a");
		properties.put("solutionInstall.targetVcenterServers.0.guid", GUID);
		properties.put("solutionInstall.targetVcenterServers.0.thumbprint", PIN);
		properties.put("solutionInstall.targetVcenterServers.1.hostname", "b");
		properties.put("solutionInstall.targetVcenterServers.1.guid", GUID.toUpperCase());
		properties.put("solutionInstall.targetVcenterServers.1.thumbprint", "nothex");
		properties.put("solutionInstall.targetVcenterServers.2.hostname", "c");
		OvfEnvironment environment = new OvfEnvironment("test", true, properties);
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(environment))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly("solutionInstall.token is empty",
					"solutionInstall.postDeployData.endpoint is 'http://vc.example.com/api/ui/solutioninstall': plain http is refused, the token must only travel over https",
					"solutionInstall.postDeployData.thumbprint is 2 bytes long; a thumbprint is 32 bytes (SHA-256) or 20 bytes (SHA-1)",
					"solutionInstall.targetVcenterServers.1.thumbprint 'nothex' is not hexadecimal: it holds U+006E ('n'); "
							+ "expected bytes such as 19:FD:2B:... separated by colons, spaces, dashes or nothing",
					"solutionInstall.targetVcenterServers.count is 2 but solutionInstall.targetVcenterServers.2.... is present; the count must match the indexes 0..1"));
	}

	@Test
	void fromWhenDuplicateGuidThenNamesBothKeys() {
		Map<String, String> properties = required();
		properties.put("solutionInstall.targetVcenterServers.count", "2");
		for (int i = 0; i < 2; i++) {
			properties.put(SolutionInstallContext.targetKey(i, "hostname"), "vc" + i);
			properties.put(SolutionInstallContext.targetKey(i, "guid"), (i == 0) ? GUID : GUID.toUpperCase());
			properties.put(SolutionInstallContext.targetKey(i, "thumbprint"), PIN);
		}
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.withMessageContaining("solutionInstall.targetVcenterServers.1.guid '" + GUID.toUpperCase()
					+ "' repeats the GUID of solutionInstall.targetVcenterServers.0.guid");
	}

	@Test
	void fromWhenCountMissingButTargetsPresentOrCountNotANumberThenRefused() {
		Map<String, String> properties = required();
		properties.put(SolutionInstallContext.targetKey(0, "guid"), "g");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.withMessageContaining("solutionInstall.targetVcenterServers.count is missing while");
		properties.put("solutionInstall.targetVcenterServers.count", "two");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.withMessageContaining("solutionInstall.targetVcenterServers.count is 'two'; expected a whole number");
	}

	@Test
	void fromWhenCountExceedsIndexesThenNamesTheMissingKeys() {
		Map<String, String> properties = required();
		properties.put("solutionInstall.targetVcenterServers.count", "1");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"solutionInstall.targetVcenterServers.0.hostname is missing",
					"solutionInstall.targetVcenterServers.0.guid is missing",
					"solutionInstall.targetVcenterServers.0.thumbprint is missing"));
	}

	@Test
	void fromWhenEndpointHasOtherSchemeThenRefused() {
		Map<String, String> properties = required();
		properties.put("solutionInstall.postDeployData.endpoint", "ftp://vc/api/ui/solutioninstall");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> SolutionInstallContext.from(new OvfEnvironment("test", true, properties)))
			.withMessageContaining("expected https://HOST/api/ui/solutioninstall");
	}

	private static Map<String, String> required() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("solutionInstall.token", "dG9rZW4=");
		properties.put("solutionInstall.postDeployData.endpoint", "vc.example.com/api/ui/solutioninstall");
		properties.put("solutionInstall.postDeployData.thumbprint", PIN);
		return properties;
	}

}
