package dev.solutionagent.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.solutionagent.environment.TargetVcenter;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/ui/solutioninstall}: checks the token, then the body, and stores the
 * registrations. POSTs are serialized so that a token is consumed exactly once.
 */
final class SolutionInstallEndpoint {

	static final String PATH = "/api/ui/solutioninstall";

	static final String TOKEN_HEADER = "solution-install-token";

	private final InstallToken token;

	private final List<TargetVcenter> targets;

	private final Clock clock;

	private final List<Registration> registrations = new ArrayList<>();

	SolutionInstallEndpoint(InstallToken token, List<TargetVcenter> targets, Clock clock) {
		this.token = token;
		this.targets = List.copyOf(targets);
		this.clock = clock;
	}

	/**
	 * Answer one POST as vCenter would.
	 * @param presentedToken the token header, if sent
	 * @param contentType the Content-Type header, if sent
	 * @param body the body
	 * @param expiredFault whether the expired-token fault is on
	 * @return the response
	 */
	synchronized Response post(Optional<String> presentedToken, Optional<String> contentType, byte[] body,
			boolean expiredFault) {
		// The token is checked first, as an authenticating server does: a caller without
		// it learns nothing about the body rules.
		Optional<String> refusal = this.token.refusal(presentedToken, expiredFault);
		if (refusal.isPresent()) {
			return Response.message(401, refusal.get());
		}
		// vCenter does not document whether a refused body burns the token. The
		// simulator keeps it (415 and 400 leave it unused) so that a client that fixes
		// its body may retry inside the window; clients must not count on that.
		if (!isJson(contentType)) {
			return Response.message(415, "Content-Type is '" + contentType.orElse("") + "'; send application/json");
		}
		List<Registration> accepted;
		try {
			accepted = InstallBody.read(body, this.targets, this.clock.instant());
		}
		catch (InstallBody.Refused ex) {
			return Response.message(400, ex.getMessage());
		}
		this.token.consume();
		this.registrations.addAll(accepted);
		ObjectNode answer = Response.JSON.createObjectNode();
		answer.put("status", "registered");
		ArrayNode extensions = answer.putArray("extensions");
		for (Registration registration : accepted) {
			ObjectNode entry = extensions.addObject();
			entry.put("key", registration.key());
			entry.put("version", registration.version());
			registration.guid().ifPresent((guid) -> entry.put("vcenterGuid", guid));
		}
		return Response.json(200, answer);
	}

	synchronized List<Registration> registrations() {
		return List.copyOf(this.registrations);
	}

	synchronized boolean tokenUsed() {
		return this.token.isUsed();
	}

	/**
	 * {@code GET /simulator/registrations}: what was registered, for demos.
	 * @return the response
	 */
	synchronized Response describe() {
		ObjectNode answer = Response.JSON.createObjectNode();
		answer.put("tokenUsed", this.token.isUsed());
		answer.put("tokenExpiresAt", this.token.expiresAt().toString());
		ArrayNode list = answer.putArray("registrations");
		for (Registration registration : this.registrations) {
			ObjectNode entry = list.addObject();
			registration.guid()
				.ifPresentOrElse((guid) -> entry.put("vcenterGuid", guid), () -> entry.putNull("vcenterGuid"));
			entry.put("key", registration.key());
			entry.put("version", registration.version());
			entry.put("registeredAt", registration.registeredAt().toString());
			entry.set("extension", registration.extension());
		}
		return Response.json(200, answer);
	}

	private static boolean isJson(Optional<String> contentType) {
		return contentType.map((value) -> value.split(";")[0].strip().toLowerCase(Locale.ROOT))
			.filter("application/json"::equals)
			.isPresent();
	}

}
