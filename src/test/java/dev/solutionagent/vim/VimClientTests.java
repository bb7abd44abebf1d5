package dev.solutionagent.vim;

import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.Secret;
import dev.solutionagent.simulator.vim.VimSimulator;
import dev.solutionagent.testsupport.HostileXml;
import dev.solutionagent.testsupport.TestHttpsServer;
import dev.solutionagent.testsupport.TestTls;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link VimClient} against the vim25 simulator over TLS pinned to the simulator's
 * certificate.
 */
class VimClientTests {

	private static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"" + VimXml.SOAP_NS
			+ "\">%s</soapenv:Envelope>";

	private final VimSimulator simulator = VimSimulator.start(TestTls.serverContext("server"), VimFixtures.USERS);

	private final VimEndpoint endpoint = VimEndpoint.parse(this.simulator.sdk().toString());

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void loginThenFindRegisterUpdateUnregisterAndLogoutOnClose() {
		SoapExtension extension = VimFixtures.example().get(0);
		try (VimClient client = login(TestTls.sha256("server"))) {
			assertThat(client.find(extension.key())).isEmpty();
			client.register(extension);
			RegisteredExtension found = client.find(extension.key()).orElseThrow();
			assertThat(found.version()).isEqualTo("1.2.0.0");
			assertThat(found.manifestUrl()).isEqualTo("https://10.0.0.50/example/plugin.json");
			assertThat(found.serverThumbprint()).startsWith("B6:35:C2");
			assertThat(found.taskIds()).containsExactly("com.example.vsphere.remoteplugin.v1_2.backup");
			assertThat(found.resourceKeys()).containsExactly("com.example.vsphere.remoteplugin.v1_2.backup.label");
			client.update(VimFixtures.example("1.3.0"));
			assertThat(client.find(extension.key()).orElseThrow().version()).isEqualTo("1.3.0");
			client.unregister(extension.key());
			assertThat(client.find(extension.key())).isEmpty();
		}
		assertThat(this.simulator.calls()).containsExactly("RetrieveServiceContent", "Login", "FindExtension",
				"RegisterExtension", "FindExtension", "UpdateExtension", "FindExtension", "UnregisterExtension",
				"FindExtension", "Logout");
		assertThat(this.simulator.openSessions()).isZero();
	}

	@Test
	void registerWhenKeyExistsThenAlreadyRegisteredFromTheInvalidArgumentFault() {
		SoapExtension extension = VimFixtures.example().get(0);
		try (VimClient client = login(TestTls.sha256("server"))) {
			client.register(extension);
			assertThatExceptionOfType(VimException.AlreadyRegistered.class).isThrownBy(() -> client.register(extension))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.ALREADY_REGISTERED))
				.withMessageContaining(extension.key())
				.withMessageContaining("--update");
		}
	}

	@Test
	void unregisterOrUpdateWhenKeyUnknownThenNotRegisteredFromTheNotFoundFault() {
		try (VimClient client = login(TestTls.sha256("server"))) {
			assertThatExceptionOfType(VimException.NotRegistered.class)
				.isThrownBy(() -> client.unregister("com.example.unknown"))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.NOT_REGISTERED))
				.withMessageContaining("com.example.unknown");
			assertThatExceptionOfType(VimException.NotRegistered.class)
				.isThrownBy(() -> client.update(VimFixtures.example().get(0)));
		}
	}

	@Test
	void loginWhenPasswordWrongThenRefusedWithExit4AndNoSession() {
		assertThatExceptionOfType(VimException.class)
			.isThrownBy(() -> VimClient.login(this.endpoint, TestTls.sha256("server"), VimFixtures.HTTP,
					new Credentials(VimFixtures.USER, Secret.of("wrong"))))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.TOKEN_REFUSED))
			.withMessageContaining("InvalidLogin")
			.withMessageNotContaining("wrong");
		assertThat(this.simulator.openSessions()).isZero();
	}

	@Test
	void loginWhenPinDoesNotMatchThenTlsWithThePresentedThumbprintAndNothingSent() {
		Thumbprint other = TestTls.sha256("other");
		assertThatExceptionOfType(VimException.Tls.class).isThrownBy(() -> login(other))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.TLS))
			.satisfies((ex) -> assertThat(ex.presented()).contains(TestTls.sha256("server")))
			.withMessageContaining(TestTls.sha256("server").toString())
			.withMessageContaining("nothing was sent");
		assertThat(this.simulator.requestCount()).isZero();
	}

	@Test
	void loginWhenNothingListensThenUnreachableWithExit6() {
		VimEndpoint closed = VimEndpoint.parse("https://127.0.0.1:1/sdk");
		assertThatExceptionOfType(VimException.Unreachable.class)
			.isThrownBy(
					() -> VimClient.login(closed, TestTls.sha256("server"), VimFixtures.HTTP, VimFixtures.CREDENTIALS))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.WINDOW_CLOSED))
			.withMessageContaining("127.0.0.1:1 cannot be reached");
	}

	@Test
	void loginWhenTheUrlServesSomethingElseThenUsageExitAskingForTheSdkUrl() {
		try (TestHttpsServer web = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 404, "<html>Not Found</html>"))) {
			assertThatExceptionOfType(VimException.class)
				.isThrownBy(() -> VimClient.login(VimEndpoint.parse(web.uri("/ui").toString()), web.sha256(),
						VimFixtures.HTTP, VimFixtures.CREDENTIALS))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.USAGE))
				.withMessageContaining("HTTP 404")
				.withMessageContaining("https://HOST/sdk");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "<soapenv:Body>%s</soapenv:Body>",
			"<soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>%s</faultstring>"
					+ "</soapenv:Fault></soapenv:Body>" })
	void loginWhenTheAnswerIsNestedDeeperThanTheLimitThenRefusedWithItsExitCodeAndNoStackOverflow(String body) {
		String deep = ENVELOPE.formatted(body.formatted(HostileXml.nested(HostileXml.DEEP)));
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, deep))) {
			assertThatExceptionOfType(VimException.class).isThrownBy(() -> login(server))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.WINDOW_CLOSED))
				.withMessageContaining("answered RetrieveServiceContent with HTTP 200 and a body that is nested deeper "
						+ "than 100 elements (line 1, column ");
		}
	}

	@Test
	void loginWhenTheAnswerIsLargerThanTheCapThenRefusedWithoutParsingIt() {
		String huge = ENVELOPE.formatted("<soapenv:Body>" + "<a/>".repeat(VimXml.MAX_BYTES / 4) + "</soapenv:Body>");
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, huge))) {
			assertThatExceptionOfType(VimException.class).isThrownBy(() -> login(server))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ExitStatus.WINDOW_CLOSED))
				.withMessageContaining(
						"with more than the " + VimXml.MAX_BYTES + " bytes a vim25 answer may have here");
		}
	}

	@Test
	void loginWhenTheAnswerHoldsAMillionNodesUnderTheSizeCapThenRefusedBeforeADomIsBuilt() {
		String wide = ENVELOPE
			.formatted("<soapenv:Body>" + "<a/>".repeat(VimXml.MAX_BYTES / 4 - 100) + "</soapenv:Body>");
		try (TestHttpsServer server = TestHttpsServer.start("server",
				(request, exchange, n) -> TestHttpsServer.respond(exchange, 200, wide))) {
			assertThatExceptionOfType(VimException.class).isThrownBy(() -> login(server))
				.withMessageContaining("a body that holds more than 100000 elements");
		}
	}

	@Test
	void registrarWhenKeyExistsAndRefuseThenNothingChangesAndWhenUpdateThenReplaced() {
		try (VimClient client = login(TestTls.sha256("server"))) {
			ExtensionRegistrar.register(client, VimFixtures.example(), ExtensionRegistrar.OnExisting.REFUSE);
			List<SoapExtension> newer = List.of(VimFixtures.example("1.3.0"));
			assertThatExceptionOfType(VimException.AlreadyRegistered.class)
				.isThrownBy(() -> ExtensionRegistrar.register(client, newer, ExtensionRegistrar.OnExisting.REFUSE))
				.withMessageContaining("version 1.2.0.0");
			assertThat(ExtensionRegistrar.register(client, newer, ExtensionRegistrar.OnExisting.UPDATE))
				.containsExactly(new ExtensionRegistrar.Outcome("com.example.vsphere.remoteplugin", "1.3.0",
						ExtensionRegistrar.Action.UPDATED, Optional.of("1.2.0.0")));
		}
	}

	private static VimClient login(TestHttpsServer server) {
		return VimClient.login(VimEndpoint.parse(server.uri("/sdk").toString()), server.sha256(), VimFixtures.HTTP,
				VimFixtures.CREDENTIALS);
	}

	private VimClient login(Thumbprint pin) {
		return VimClient.login(this.endpoint, pin, VimFixtures.HTTP, VimFixtures.CREDENTIALS);
	}

}
