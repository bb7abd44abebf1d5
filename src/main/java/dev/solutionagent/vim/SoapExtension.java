package dev.solutionagent.vim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.DescriptorException;
import dev.solutionagent.extension.Extension;
import dev.solutionagent.extension.ExtensionRules;
import dev.solutionagent.extension.PayloadBuilder;
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.extension.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Extension record made ready for the ExtensionManager. The SOAP API requires fields
 * that solution install fills itself; they are filled here as VMware's registration tool
 * fills them: {@code client[].version}, {@code .description}, {@code .company} and
 * {@code client[0].type} from the extension, {@code server[].type} (default
 * {@value #DEFAULT_SERVER_TYPE}), {@code .description} and {@code .company} from the
 * extension, {@code adminEmail} as a list, and {@code lastHeartbeatTime} now.
 *
 * @param extension the validated record as the vendor wrote it
 * @param json the record to serialize, with the fields filled
 */
public record SoapExtension(Extension extension, ObjectNode json) {

	/** The server type when the descriptor names none, as the registration tool sends. */
	public static final String DEFAULT_SERVER_TYPE = "MANIFEST_SERVER";

	// Complex properties a remote plug-in does not use; writing them would need their
	// whole WSDL shape, and a half-written one is worse than a clear refusal.
	private static final List<String> UNSUPPORTED = List.of("ovfConsumerInfo", "extendedProductInfo",
			"managedEntityInfo", "solutionManagerInfo");

	public String key() {
		return this.extension.key();
	}

	public String version() {
		return this.extension.version();
	}

	/**
	 * Resolve a descriptor, check it against the ExtensionManager's rules (a.b.c versions
	 * allowed), and prepare every record.
	 * @param descriptor the descriptor
	 * @param context the placeholder values
	 * @param now the heartbeat time
	 * @return the records and the warnings
	 * @throws DescriptorException listing every error
	 */
	public static Batch fromDescriptor(Descriptor descriptor, PlaceholderContext context, Instant now) {
		PayloadBuilder.Resolution resolution = PayloadBuilder.resolve(descriptor, context,
				ExtensionRules.Api.EXTENSION_MANAGER);
		List<Problem> problems = new ArrayList<>(resolution.problems());
		List<SoapExtension> extensions = new ArrayList<>();
		if (!resolution.hasErrors()) {
			for (int i = 0; i < resolution.extensions().size(); i++) {
				extensions.add(prepare(resolution.extensions().get(i), descriptor.pathOf(i), now, problems));
			}
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			throw new DescriptorException(descriptor, problems);
		}
		return new Batch(extensions, problems);
	}

	/**
	 * Fill what the SOAP API requires and check what it cannot take.
	 * @param extension a record that passed {@link ExtensionRules} for the
	 * ExtensionManager
	 * @param path the record's JSON path, for problems
	 * @param now the heartbeat time
	 * @param problems receives the errors found
	 * @return the prepared record; use it only when no error was added
	 */
	public static SoapExtension prepare(Extension extension, String path, Instant now, List<Problem> problems) {
		ObjectNode json = extension.toJson();
		JsonNode description = json.path("description");
		String company = json.path("company").asString();
		for (String field : UNSUPPORTED) {
			if (json.has(field)) {
				problems.add(Problem.error(path + "." + field, "is not sent over the ExtensionManager path; "
						+ "remove it, or register through solution install"));
			}
		}
		JsonNode health = json.get("healthInfo");
		if (health != null && !health.path("url").isString()) {
			problems.add(Problem.error(path + ".healthInfo", "must be {url: ...}"));
		}
		ArrayNode clients = (ArrayNode) json.get("client");
		for (int i = 0; i < clients.size(); i++) {
			ObjectNode client = (ObjectNode) clients.get(i);
			if (i == 0) {
				fill(client, "type", ExtensionRules.REMOTE_CLIENT_TYPE);
			}
			fill(client, "version", extension.version());
			fillObject(client, "description", description);
			fill(client, "company", company);
			for (String field : List.of("type", "url")) {
				if (!client.path(field).isString()) {
					problems.add(Problem.error(path + ".client[" + i + "]." + field,
							"is missing; the ExtensionManager requires it (ExtensionClientInfo." + field + ")"));
				}
			}
		}
		ArrayNode servers = (ArrayNode) json.get("server");
		for (int i = 0; i < servers.size(); i++) {
			server((ObjectNode) servers.get(i), path + ".server[" + i + "]", description, company, problems);
		}
		json.put("lastHeartbeatTime", now.truncatedTo(ChronoUnit.MILLIS).toString());
		return new SoapExtension(extension, json);
	}

	private static void server(ObjectNode server, String path, JsonNode description, String company,
			List<Problem> problems) {
		fill(server, "type", DEFAULT_SERVER_TYPE);
		fillObject(server, "description", description);
		fill(server, "company", company);
		JsonNode email = server.get("adminEmail");
		if (email != null && email.isString()) {
			server.putArray("adminEmail").add(email.stringValue());
		}
		else if (email == null || email.isEmpty()) {
			problems.add(Problem.error(path + ".adminEmail", "is missing; the ExtensionManager requires at least "
					+ "one administrator e-mail address (ExtensionServerInfo.adminEmail)"));
		}
		if (server.has("serverCertificate")) {
			problems.add(Problem.error(path + ".serverCertificate", "is not sent over the ExtensionManager path "
					+ "(vCenter 7.0 does not know it); serverThumbprint pins the server, remove serverCertificate"));
		}
	}

	private static void fill(ObjectNode node, String field, String value) {
		if (!node.hasNonNull(field) || (node.get(field).isString() && node.get(field).stringValue().isBlank())) {
			node.put(field, value);
		}
	}

	private static void fillObject(ObjectNode node, String field, JsonNode value) {
		if (!node.path(field).isObject()) {
			node.set(field, value.deepCopy());
		}
	}

	/**
	 * The problems of a whole batch, collected for one report.
	 *
	 * @param extensions the prepared records
	 * @param problems every error and warning
	 */
	public record Batch(List<SoapExtension> extensions, List<Problem> problems) {

		public Batch {
			extensions = List.copyOf(extensions);
			problems = List.copyOf(problems);
		}

	}

}
