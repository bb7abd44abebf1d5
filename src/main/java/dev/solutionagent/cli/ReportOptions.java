package dev.solutionagent.cli;

import java.util.List;
import java.util.Optional;

/**
 * The commands that report on one thing: {@code validate}'s output form and the server
 * {@code thumbprint} reads.
 */
final class ReportOptions {

	static final Setting<Boolean> VALIDATE_JSON = Setting.flag("--json", "agent.validate.json",
			"Print the findings as JSON (file, line, column, severity, path, message), for CI");

	static final Setting<String> THUMBPRINT_URL = Setting.option("--url", "agent.thumbprint-url",
			"https://HOST[:PORT]|HOST:PORT", String.class, null,
			"Read the certificate a live server presents instead (never trusted, nothing sent)");

	static final List<Setting<?>> ALL = List.of(VALIDATE_JSON, THUMBPRINT_URL);

	private ReportOptions() {
	}

	static Report of(Values values) {
		return new Report(values.get(VALIDATE_JSON), values.text(THUMBPRINT_URL));
	}

	/**
	 * The reports' settings, bound.
	 *
	 * @param validateJson whether validate prints JSON
	 * @param thumbprintUrl a live server whose certificate {@code thumbprint} reads
	 */
	record Report(boolean validateJson, Optional<String> thumbprintUrl) {

	}

}
