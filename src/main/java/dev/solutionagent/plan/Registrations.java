package dev.solutionagent.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.extension.Extension;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes registration records: a JSON or YAML file holds one record or a list
 * of them, so the output of {@code extension info --json} on each vCenter can be given to
 * {@code plan} as it is.
 */
public final class Registrations {

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final ObjectMapper YAML = YAMLMapper.builder().build();

	private static final List<String> REQUIRED = List.of("vcenter", "key", "version", "manifestUrl");

	private Registrations() {
	}

	/**
	 * Write records as a JSON list.
	 * @param registrations the records
	 * @return the JSON text
	 */
	public static String toJson(List<Registration> registrations) {
		return JSON.writeValueAsString(registrations);
	}

	public static String toJson(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * The record a resolved Extension would make on one vCenter, as
	 * {@code extension info --json} would print it after the registration.
	 * @param vcenter the vCenter's host name
	 * @param extension the resolved record
	 * @return the registration
	 */
	public static Registration of(String vcenter, Extension extension) {
		JsonNode json = extension.toJson();
		List<String> resourceKeys = new ArrayList<>();
		json.path("resourceList")
			.forEach((resource) -> resource.path("data")
				.forEach((pair) -> resourceKeys.add(pair.path("key").asString())));
		return new Registration(vcenter, extension.key(), extension.version(), extension.manifestUrl(),
				json.path("server").path(0).path("serverThumbprint").asString(""), extension.company(),
				extension.summary(), ids(json, "taskList", "taskID"), ids(json, "eventList", "eventID"),
				ids(json, "faultList", "faultID"), ids(json, "privilegeList", "privID"), resourceKeys);
	}

	private static List<String> ids(JsonNode json, String list, String id) {
		List<String> ids = new ArrayList<>();
		json.path(list).forEach((entry) -> ids.add(entry.path(id).asString()));
		return ids;
	}

	/**
	 * Read the records of a file; {@code .json} files as JSON, others as YAML.
	 * @param file the file
	 * @return the records, in file order
	 * @throws RegistrationFileException naming the file, the record and the field
	 */
	public static List<Registration> read(Path file) {
		JsonNode root;
		try {
			String text = Files.readString(file);
			boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
			root = (json ? JSON : YAML).readTree(text);
		}
		catch (NoSuchFileException ex) {
			throw new RegistrationFileException(file, "does not exist");
		}
		catch (IOException ex) {
			throw new RegistrationFileException(file, "cannot be read (" + ex.getMessage() + ")");
		}
		catch (JacksonException ex) {
			throw new RegistrationFileException(file, "is not valid JSON or YAML (" + ex.getOriginalMessage() + ")");
		}
		List<JsonNode> records = new ArrayList<>();
		if (root != null && root.isObject()) {
			records.add(root);
		}
		else if (root != null && root.isArray()) {
			root.forEach(records::add);
		}
		else {
			throw new RegistrationFileException(file, "holds neither a registration record nor a list of them");
		}
		List<Registration> registrations = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			registrations.add(record(file, records.get(i), root.isArray() ? "$[" + i + "]" : "$"));
		}
		return registrations;
	}

	private static Registration record(Path file, JsonNode node, String path) {
		if (!node.isObject()) {
			throw new RegistrationFileException(file, path + " is not an object");
		}
		for (String field : REQUIRED) {
			if (!node.path(field).isString() || node.get(field).stringValue().isBlank()) {
				throw new RegistrationFileException(file,
						"%s.%s is missing; every record needs %s".formatted(path, field, String.join(", ", REQUIRED)));
			}
		}
		return new Registration(text(node, "vcenter"), text(node, "key"), text(node, "version"),
				text(node, "manifestUrl"), text(node, "serverThumbprint"), text(node, "company"), text(node, "summary"),
				list(file, node, path, "taskIds"), list(file, node, path, "eventIds"),
				list(file, node, path, "faultIds"), list(file, node, path, "privilegeIds"),
				list(file, node, path, "resourceKeys"));
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).isString() ? node.get(field).stringValue().strip() : "";
	}

	private static List<String> list(Path file, JsonNode node, String path, String field) {
		JsonNode list = node.get(field);
		if (list == null || list.isNull()) {
			return List.of();
		}
		if (!list.isArray()) {
			throw new RegistrationFileException(file, path + "." + field + " must be a list of strings");
		}
		List<String> values = new ArrayList<>();
		for (JsonNode value : list) {
			if (!value.isString()) {
				throw new RegistrationFileException(file, path + "." + field + " must be a list of strings");
			}
			values.add(value.stringValue());
		}
		return List.copyOf(values);
	}

	/**
	 * A registration file that cannot be used.
	 */
	public static class RegistrationFileException extends AgentException {

		RegistrationFileException(Path file, String problem) {
			super(ExitStatus.USAGE, "Registration file %s %s; write the records that 'extension info --json' prints"
				.formatted(file, problem));
		}

	}

}
