package dev.solutionagent.simulator.vim;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.solutionagent.vim.VimFault;
import dev.solutionagent.vim.VimXml;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator reads requests as strictly as vCenter's deserializer, and answers with
 * vCenter's faults.
 */
class VimRequestsTests {

	private static final String ACTION = "urn:vim25/7.0";

	private static final String EXTENSION = """
			<extension><description><label>L</label><summary>S</summary></description>\
			<key>com.example.p</key><company>Example</company><version>1.0.0</version>\
			<server><url>https://p.example.com</url><description><label>L</label><summary>S</summary></description>\
			<company>Example</company><type>MANIFEST_SERVER</type><adminEmail>ops@example.com</adminEmail>\
			%s</server>\
			<client><version>1.0.0</version><description><label>L</label><summary>S</summary></description>\
			<company>Example</company><type>vsphere-client-remote</type><url>https://p.example.com/plugin.json</url></client>\
			%s</extension>""";

	private static final String THUMBPRINT = "<serverThumbprint>AB:CD</serverThumbprint>";

	private static final String HEARTBEAT = "<lastHeartbeatTime>2026-11-23T10:00:00Z</lastHeartbeatTime>";

	private final VimRequests requests = new VimRequests(Map.of("admin", "pw"));

	@Test
	void loginWhenPasswordRightThenSessionCookieElseInvalidLogin() {
		SoapAnswer login = call(null, "Login", "SessionManager", "<userName>admin</userName><password>pw</password>");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.setCookie()).hasValueSatisfying((c) -> assertThat(c).startsWith("vmware_soap_session=\""));
		assertThat(fault(call(null, "Login", "SessionManager", "<userName>admin</userName><password>no</password>"))
			.type()).isEqualTo("InvalidLogin");
	}

	@Test
	void extensionCallWhenNoSessionThenNotAuthenticated() {
		assertThat(fault(call(null, "FindExtension", "ExtensionManager", "<extensionKey>k</extensionKey>")).type())
			.isEqualTo("NotAuthenticated");
	}

	@Test
	void registerWhenCompleteThenStoredAndSecondTimeInvalidArgumentOnExtensionKey() {
		String session = login();
		String extension = EXTENSION.formatted(THUMBPRINT, HEARTBEAT);
		assertThat(call(session, "RegisterExtension", "ExtensionManager", extension).status()).isEqualTo(200);
		VimFault duplicate = fault(call(session, "RegisterExtension", "ExtensionManager", extension));
		assertThat(duplicate.type()).isEqualTo("InvalidArgument");
		assertThat(duplicate.invalidProperty()).contains("extension.key");
		assertThat(this.requests.extensionManager().keys()).containsExactly("com.example.p");
	}

	@Test
	void updateOrUnregisterWhenKeyUnknownThenNotFound() {
		String session = login();
		assertThat(fault(call(session, "UnregisterExtension", "ExtensionManager", "<extensionKey>x</extensionKey>"))
			.type()).isEqualTo("NotFound");
		assertThat(
				fault(call(session, "UpdateExtension", "ExtensionManager", EXTENSION.formatted(THUMBPRINT, HEARTBEAT)))
					.type())
			.isEqualTo("NotFound");
	}

	@Test
	void registerWhenElementOutOfWsdlOrderThenInvalidRequestNamingTheTag() {
		String swapped = EXTENSION.formatted(THUMBPRINT, HEARTBEAT)
			.replace("<key>com.example.p</key><company>Example</company>",
					"<company>Example</company><key>com.example.p</key>");
		VimFault fault = fault(call(login(), "RegisterExtension", "ExtensionManager", swapped));
		assertThat(fault.type()).isEqualTo("InvalidRequest");
		assertThat(fault.message()).contains("\"key\"").contains("out of WSDL order");
	}

	@Test
	void registerWhenRequiredPropertyMissingThenInvalidRequestNamingItAndItsType() {
		VimFault fault = fault(
				call(login(), "RegisterExtension", "ExtensionManager", EXTENSION.formatted(THUMBPRINT, "")));
		assertThat(fault.message())
			.isEqualTo("Required property lastHeartbeatTime is missing from data object of type Extension");
	}

	@Test
	void registerWhenServerThumbprintMissingThenInvalidArgumentOnIt() {
		VimFault fault = fault(
				call(login(), "RegisterExtension", "ExtensionManager", EXTENSION.formatted("", HEARTBEAT)));
		assertThat(fault.invalidProperty()).contains("extension.server[0].serverThumbprint");
	}

	@Test
	void requestWhenMethodNotInVim25NamespaceOrNoSoapActionThenRefused() {
		String noNamespace = envelope("<RetrieveServiceContent><_this type=\"ServiceInstance\">ServiceInstance"
				+ "</_this></RetrieveServiceContent>");
		assertThat(fault(answer(ACTION, null, noNamespace)).type()).isEqualTo("MethodNotFound");
		assertThat(fault(answer(null, null, method("RetrieveServiceContent", "ServiceInstance", ""))).message())
			.contains("SOAPAction");
	}

	@Test
	void requestWhenThisUntypedOrWrongObjectThenRefused() {
		String untyped = envelope("<RetrieveServiceContent xmlns=\"urn:vim25\"><_this>ServiceInstance</_this>"
				+ "</RetrieveServiceContent>");
		assertThat(fault(answer(ACTION, null, untyped)).type()).isEqualTo("InvalidRequest");
		assertThat(fault(call(null, "RetrieveServiceContent", "Folder", "")).type()).isEqualTo("ManagedObjectNotFound");
	}

	@Test
	void requestWhenDoctypeThenRefusedBeforeAnyEntityIsRead() {
		String attack = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ envelope("<Login xmlns=\"urn:vim25\"><_this type=\"SessionManager\">SessionManager</_this>"
						+ "<userName>&e;</userName><password>p</password></Login>");
		VimFault fault = fault(answer(ACTION, null, attack));
		assertThat(fault.type()).isEqualTo("InvalidRequest");
		assertThat(fault.message()).doesNotContain("root:");
	}

	private String login() {
		String cookie = call(null, "Login", "SessionManager", "<userName>admin</userName><password>pw</password>")
			.setCookie()
			.orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private SoapAnswer call(String cookie, String method, String target, String parameters) {
		return answer(ACTION, cookie, method(method, target, parameters));
	}

	private SoapAnswer answer(String action, String cookie, String body) {
		return this.requests.answer(action, cookie, body.getBytes(StandardCharsets.UTF_8)).answer();
	}

	private static String method(String method, String target, String parameters) {
		return envelope("<%s xmlns=\"urn:vim25\"><_this type=\"%s\">%s</_this>%s</%s>".formatted(method, target, target,
				parameters, method));
	}

	private static String envelope(String content) {
		return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">" + "<soapenv:Body>"
				+ content + "</soapenv:Body></soapenv:Envelope>";
	}

	private static VimFault fault(SoapAnswer answer) {
		assertThat(answer.status()).isEqualTo(500);
		return VimFault.of(VimXml.bodyContent(VimXml.parse(answer.body().getBytes(StandardCharsets.UTF_8))));
	}

}
