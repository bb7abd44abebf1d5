package dev.solutionagent.extension;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionRulesTests {

	@Test
	void checkWhenDescriptorBreaksEveryRuleThenEachIsListedWithItsPath() {
		List<Problem> problems = PayloadBuilder
			.resolve(TestContexts.descriptor("broken.yaml"), TestContexts.strict(Map.of()),
					ExtensionRules.Api.SOLUTION_INSTALL)
			.problems();
		assertThat(problems).extracting(Problem::toString)
			.containsExactly("warning: $.sever: is not a property of the Extension data object; did you mean 'server'?",
					"error: $.key: 'com.example/bad plugin#1' holds '/'; a key may not hold any of , / \\ # + > < = ; \"",
					"error: $.version: '1.0.0' is not in the form a.b.c.d such as 1.0.0.0 (solution install needs four numbers)",
					"error: $.company: is empty; expected the vendor's name, such as 'Example, Inc.'",
					"error: $.description.summary: is missing; expected the text shown in the Client Plugins view",
					"error: $.client[0].type: is 'vsphere-client'; a remote plug-in's first client is 'vsphere-client-remote'",
					"error: $.client[0].url: 'ftp://plugin.example.com/plugin.json' is not an absolute https URL; expected the plug-in manifest (plugin.json) URL",
					"error: $.client[0].version: is '2.0.0.0' but the extension version is '1.0.0'; they must be equal",
					"error: $.server[0].serverThumbprint: is 3 bytes long; a thumbprint is 32 bytes (SHA-256) or 20 bytes (SHA-1)",
					"error: $.server[0].adminEmail[1]: must be a string (an e-mail address)",
					"error: $.shownInSolutionManager: must be true or false",
					"error: $.taskList[0].taskID: is missing; expected an identifier",
					"error: $.privilegeList[0].privID: 'Other.Manage' must be '<privGroupName>.<name>', here 'ExamplePlugin.<name>'",
					"error: $.resourceList[0].module: is missing; expected a module such as 'task'",
					"error: $.resourceList[0].data: must be a non-empty list of {key, value}");
	}

	@Test
	void checkWhenVersionsDifferThenClientVersionMustEqualExtensionVersion() {
		List<Problem> problems = check(
				"""
						{"key": "k", "version": "1.0.0.0", "company": "c", "description": {"label": "l", "summary": "s"},
						 "client": [{"type": "vsphere-client-remote", "url": "https://h/plugin.json", "version": "1.0.0.1"}],
						 "server": [{"url": "https://h", "serverThumbprint": "B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B3"}]}""",
				ExtensionRules.Api.SOLUTION_INSTALL);
		assertThat(problems).extracting(Problem::toString)
			.containsExactly(
					"error: $.client[0].version: is '1.0.0.1' but the extension version is '1.0.0.0'; they must be equal");
	}

	@Test
	void checkWhenExtensionManagerThenThreePartVersionAllowed() {
		String json = """
				{"key": "k", "version": "1.0.0", "company": "c", "description": {"label": "l", "summary": "s"},
				 "client": [{"type": "vsphere-client-remote", "url": "https://h/plugin.json", "version": "1.0.0"}],
				 "server": [{"url": "https://h", "serverThumbprint": "32:D9:AD:11:E6:2D:A5:A7:0A:C9:A6:B3:D4:DC:A7:4F:5F:C2:48:49"}]}""";
		assertThat(check(json, ExtensionRules.Api.EXTENSION_MANAGER)).extracting(Problem::toString)
			.containsExactly(
					"warning: $.server[0].serverThumbprint: is a SHA-1 thumbprint; the vSphere Client expects the SHA-256 thumbprint");
		assertThat(check(json, ExtensionRules.Api.SOLUTION_INSTALL)).extracting(Problem::path).contains("$.version");
	}

	@Test
	void checkWhenMinimalObjectThenEveryRequiredFieldNamed() {
		assertThat(check("{}", ExtensionRules.Api.SOLUTION_INSTALL)).extracting(Problem::path)
			.containsExactly("$.key", "$.version", "$.company", "$.description", "$.client", "$.server");
	}

	@Test
	void checkWhenVersionIsANumberThenAskedToQuoteIt() {
		assertThat(check("{\"version\": 1.5}", ExtensionRules.Api.SOLUTION_INSTALL)).extracting(Problem::toString)
			.contains("error: $.version: is the number 1.5; quote it as a string in the form a.b.c.d such as 1.0.0.0");
	}

	@Test
	void checkWhenKeyHasNonAsciiOrControlThenRefused() {
		assertThat(check("{\"key\": \"com.exämple\"}", ExtensionRules.Api.SOLUTION_INSTALL))
			.extracting(Problem::toString)
			.contains("error: $.key: 'com.exämple' holds a character outside 7-bit printable ASCII (U+00E4)");
		assertThat(check("{\"key\": \"com.example plugin\"}", ExtensionRules.Api.SOLUTION_INSTALL))
			.extracting(Problem::path)
			.doesNotContain("$.key");
	}

	private static List<Problem> check(String json, ExtensionRules.Api api) {
		Descriptor descriptor = Descriptor.parse(java.nio.file.Path.of("inline.json"), json);
		return ExtensionRules.check(descriptor.extension(0), "$", api);
	}

}
