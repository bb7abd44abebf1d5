package dev.solutionagent.simulator;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A response the simulator will write, decided before any fault delays or drops it.
 *
 * @param status the HTTP status
 * @param headers extra headers besides {@code Content-Type}
 * @param contentType the body's media type
 * @param body the body bytes
 */
record Response(int status, Map<String, String> headers, String contentType, byte[] body) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	Response {
		headers = Map.copyOf(headers);
		body = body.clone();
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	static Response json(int status, JsonNode body) {
		return new Response(status, Map.of(), "application/json", JSON.writeValueAsBytes(body));
	}

	/**
	 * The error shape vCenter's UI endpoints answer with.
	 * @param status the HTTP status
	 * @param message what went wrong
	 * @return {@code {"message": "..."}}
	 */
	static Response message(int status, String message) {
		ObjectNode body = JSON.createObjectNode();
		body.put("message", message);
		return json(status, body);
	}

	Response withHeader(String name, String value) {
		Map<String, String> copy = new HashMap<>(this.headers);
		copy.put(name, value);
		return new Response(this.status, copy, this.contentType, this.body);
	}

}
