package dev.solutionagent.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.Simulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SolutionInstallSimulatorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	final Simulators simulators = new Simulators();

	private SolutionInstallSimulator simulator;

	private SolutionInstallSimulator start(SimulatorSettings settings) {
		this.simulator = this.simulators.start(settings.withClock(this.clock));
		return this.simulator;
	}

	@Test
	void postWhenTokenAndBodyAreValidThenAnswers200AndRecordsTheRegistration() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.valid());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("status").asString()).isEqualTo("registered");
		assertThat(body.path("extensions").get(0).path("key").asString()).isEqualTo("com.example.plugin");
		assertThat(body.path("extensions").get(0).path("version").asString()).isEqualTo("1.0.0.0");
		assertThat(this.simulator.registrations()).singleElement().satisfies((registration) -> {
			assertThat(registration.guid()).isEmpty();
			assertThat(registration.key()).isEqualTo("com.example.plugin");
			assertThat(registration.extension().path("company").asString()).isEqualTo("Example, Inc.");
			assertThat(registration.registeredAt()).isEqualTo(this.clock.instant());
		});
		assertThat(this.simulator.tokenUsed()).isTrue();
	}

	@Test
	void postWhenTokenWasUsedThenAnswers401() throws Exception {
		start(SimulatorSettings.defaults());
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		assertThat(client.post(this.simulator.token().reveal(), Bodies.valid()).statusCode()).isEqualTo(200);
		HttpResponse<String> again = client.post(this.simulator.token().reveal(), Bodies.valid());
		assertThat(again.statusCode()).isEqualTo(401);
		assertThat(message(again)).contains("already used");
		assertThat(this.simulator.registrations()).hasSize(1);
	}

	@Test
	void postWhenTokenIsWrongThenAnswers401() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator).post("bm90LXRoZS10b2tlbg==", Bodies.valid());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(message(response)).contains("wrong");
		assertThat(this.simulator.tokenUsed()).isFalse();
	}

	@Test
	void postWhenTokenHeaderIsMissingThenAnswers401() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.send(HttpRequest.newBuilder(this.simulator.endpoint())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(Bodies.valid()))
				.build());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(message(response)).contains("missing");
	}

	@Test
	void postWhenClockPassedTheTokenLifetimeThenAnswers401Expired() throws Exception {
		start(SimulatorSettings.defaults());
		assertThat(this.simulator.tokenExpiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(30)));
		this.clock.advance(Duration.ofMinutes(30));
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.valid());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(message(response)).contains("expired");
		assertThat(this.simulator.registrations()).isEmpty();
	}

	@Test
	void postWhenJustInsideTheLifetimeThenAnswers200() throws Exception {
		start(SimulatorSettings.defaults().withTokenLifetime(Duration.ofMinutes(5)));
		this.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
		assertThat(
				PinnedJdkClient.of(this.simulator).post(this.simulator.token().reveal(), Bodies.valid()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void postWhenPerGuidHasEveryTargetThenRegistersPerGuid() throws Exception {
		start(SimulatorSettings.defaults());
		List<String> guids = this.simulator.targets().stream().map(TargetVcenter::guid).toList();
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.perGuid(guids, Bodies.extension("com.example.p", "2.0.0.1")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.simulator.registrations()).extracting((r) -> r.guid().orElseThrow())
			.containsExactlyElementsOf(guids);
		assertThat(JSON.readTree(response.body()).path("extensions").get(1).path("vcenterGuid").asString())
			.isEqualTo(guids.get(1));
	}

	@Test
	void postWhenPerGuidMissesATargetOrNamesAnotherThenAnswers400AndKeepsTheToken() throws Exception {
		start(SimulatorSettings.defaults());
		List<String> guids = List.of(this.simulator.targets().get(0).guid(), "00000000-0000-0000-0000-000000000000");
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.perGuid(guids, Bodies.extension("com.example.p", "1.0.0.0")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).contains("$.vcenterExtensionsPerGuid")
			.contains(this.simulator.targets().get(1).guid())
			.contains("00000000-0000-0000-0000-000000000000");
		assertThat(this.simulator.tokenUsed()).isFalse();
		assertThat(
				PinnedJdkClient.of(this.simulator).post(this.simulator.token().reveal(), Bodies.valid()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void postWhenPerGuidButTargetsReportNoVersionThenAnswers400() throws Exception {
		start(SimulatorSettings.defaults().withTargetVersion("none").withClientVersion("none"));
		List<String> guids = this.simulator.targets().stream().map(TargetVcenter::guid).toList();
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), Bodies.perGuid(guids, Bodies.extension("com.example.p", "1.0.0.0")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).contains("8.0 U3").contains("vcenterExtensions");
	}

	@Test
	void postWhenBodyHasBothShapesThenAnswers400() throws Exception {
		start(SimulatorSettings.defaults());
		String both = "{\"vcenterExtensions\": [" + Bodies.extension("a.b", "1.0.0.0")
				+ "], \"vcenterExtensionsPerGuid\": {}}";
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator).post(this.simulator.token().reveal(), both);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).contains("both");
	}

	@Test
	void postWhenBodyHasNeitherShapeThenAnswers400() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), "{\"extensions\": []}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).contains("neither");
	}

	@Test
	void postWhenAnExtensionBreaksARuleThenAnswers400NamingItsPath() throws Exception {
		start(SimulatorSettings.defaults());
		String body = Bodies.list(Bodies.extension("com.example.ok", "1.0.0.0"),
				Bodies.extension("com.example.bad", "1.0"));
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator).post(this.simulator.token().reveal(), body);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).startsWith("$.vcenterExtensions[1].extension.version: ");
		assertThat(this.simulator.registrations()).isEmpty();
	}

	@Test
	void postWhenBodyIsNotJsonThenAnswers400() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator)
			.post(this.simulator.token().reveal(), "{\"vcenterExtensions\": [");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).contains("not valid JSON");
	}

	@Test
	void postWhenContentTypeIsNotJsonThenAnswers415() throws Exception {
		start(SimulatorSettings.defaults());
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		HttpResponse<String> response = client.send(client.postRequest(this.simulator.token().reveal(), Bodies.valid())
			.setHeader("Content-Type", "text/plain")
			.build());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(this.simulator.tokenUsed()).isFalse();
	}

	@Test
	void getWhenPathIsTheEndpointThenAnswers405() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator).get(this.simulator.endpoint());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void getManifestThenServesAPluginJsonOverTheSameTls() throws Exception {
		start(SimulatorSettings.defaults());
		HttpResponse<String> response = PinnedJdkClient.of(this.simulator).get(this.simulator.manifestUrl());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode manifest = JSON.readTree(response.body());
		assertThat(manifest.path("manifestVersion").asString()).isEqualTo("1.0.0");
		assertThat(manifest.path("requirements").isObject()).isTrue();
		assertThat(manifest.path("configuration").isObject()).isTrue();
	}

	@Test
	void getRegistrationsThenListsWhatWasRegistered() throws Exception {
		start(SimulatorSettings.defaults());
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		client.post(this.simulator.token().reveal(), Bodies.valid());
		JsonNode answer = JSON.readTree(client.get(this.simulator.registrationsUrl()).body());
		assertThat(answer.path("tokenUsed").asBoolean()).isTrue();
		assertThat(answer.path("registrations").get(0).path("key").asString()).isEqualTo("com.example.plugin");
		assertThat(answer.path("registrations").get(0).path("vcenterGuid").isNull()).isTrue();
		assertThat(answer.toString()).doesNotContain(this.simulator.token().reveal());
	}

	@Test
	void requestsThenRecordsEveryRequestWithTheTokenRedacted() throws Exception {
		start(SimulatorSettings.defaults());
		PinnedJdkClient client = PinnedJdkClient.of(this.simulator);
		client.post(this.simulator.token().reveal(), Bodies.valid());
		client.get(this.simulator.manifestUrl());
		assertThat(this.simulator.requests()).hasSize(2);
		RecordedRequest post = this.simulator.requests().get(0);
		assertThat(post.method()).isEqualTo("POST");
		assertThat(post.path()).isEqualTo(SolutionInstallSimulator.PATH);
		assertThat(post.bodyText()).isEqualTo(Bodies.valid());
		assertThat(post.header("content-type")).hasValue("application/json");
		assertThat(post.header("SOLUTION-INSTALL-TOKEN")).hasValue("<redacted, 44 characters>");
		assertThat(post.headers().toString()).doesNotContain(this.simulator.token().reveal());
		assertThat(post.presentedToken().orElseThrow().reveal()).isEqualTo(this.simulator.token().reveal());
		assertThat(this.simulator.requests().get(1).presentedToken()).isEmpty();
	}

	@Test
	void getUnknownPathThenAnswers404() throws Exception {
		start(SimulatorSettings.defaults());
		assertThat(PinnedJdkClient.of(this.simulator).get(this.simulator.endpoint().resolve("/sdk")).statusCode())
			.isEqualTo(404);
	}

	@Test
	void startThenIssuesTargetsAndAFreshBase64Token() {
		start(SimulatorSettings.defaults().withTargets(3));
		assertThat(this.simulator.targets()).extracting(TargetVcenter::hostname)
			.containsExactly("vcsa-01.simulator.local", "vcsa-02.simulator.local", "vcsa-03.simulator.local");
		assertThat(this.simulator.targets()).extracting(TargetVcenter::guid).doesNotHaveDuplicates();
		assertThat(this.simulator.targets().get(0).thumbprint()).isEqualTo(this.simulator.thumbprint());
		assertThat(Base64.getDecoder().decode(this.simulator.token().reveal())).hasSize(32);
		assertThat(this.simulator.token().toString()).doesNotContain(this.simulator.token().reveal());
		assertThat(this.simulator.endpoint().toString())
			.isEqualTo("https://127.0.0.1:" + this.simulator.address().getPort() + "/api/ui/solutioninstall");
	}

	private static String message(HttpResponse<String> response) {
		return JSON.readTree(response.body()).path("message").asString();
	}

}
