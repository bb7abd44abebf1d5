package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.solutionagent.environment.Secret;
import dev.solutionagent.tls.Thumbprint;
import dev.solutionagent.vim.VimEndpoint;

/**
 * The connection to a vCenter's vim25 API for the extension commands: where it is, the
 * pin of its certificate, and the credentials, which never come from an option.
 */
final class VcenterOptions {

	static final Setting<String> VCENTER = Setting.option("--vcenter", "agent.vcenter.url", "URL", String.class, null,
			"The vCenter: https://HOST[:PORT][/sdk]");

	static final Setting<String> THUMBPRINT = Setting.option("--vcenter-thumbprint", "agent.vcenter.thumbprint", "HEX",
			String.class, null, "The SHA-256 thumbprint vCenter's certificate must have (compare it out of band)");

	static final Setting<Path> CREDENTIALS = Setting.option("--credentials", "agent.vcenter.credentials", "FILE",
			Path.class, null,
			"A file of username= and password= lines, mode 0600 (else AGENT_VCENTER_USERNAME/PASSWORD, else a prompt)");

	static final Setting<String> USERNAME = Setting.option("--username", "agent.vcenter.username", "USER", String.class,
			null,
			"The vCenter user when no credentials file is given; the password comes from the environment or a prompt");

	static final Setting<String> PASSWORD = Setting.setting("agent.vcenter.password", "SECRET", String.class, null,
			"The vCenter password without a credentials file: environment or application.yml only, never an option");

	static final List<Setting<?>> ALL = List.of(VCENTER, THUMBPRINT, CREDENTIALS, USERNAME, PASSWORD);

	private VcenterOptions() {
	}

	static Connection of(Values values) {
		Optional<VimEndpoint> endpoint = values.text(VCENTER).map(parsed(VCENTER, VimEndpoint::parse));
		Optional<Thumbprint> pin = values.text(THUMBPRINT).map(parsed(THUMBPRINT, Thumbprint::parse));
		return new Connection(endpoint, pin, values.find(CREDENTIALS), values.text(USERNAME),
				values.text(PASSWORD).map(Secret::of));
	}

	private static <T> Function<String, T> parsed(Setting<String> setting, Function<String, T> parse) {
		return (text) -> {
			try {
				return parse.apply(text);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("%s (%s) %s".formatted(setting.name(), setting.property(), ex.getMessage()));
			}
		};
	}

	/**
	 * The connection, bound.
	 *
	 * @param vcenter the vCenter's SDK endpoint
	 * @param pin the thumbprint vCenter's certificate must have
	 * @param credentialsFile a credentials file
	 * @param username the vCenter user, without a credentials file
	 * @param password the vCenter password, without a credentials file
	 */
	record Connection(Optional<VimEndpoint> vcenter, Optional<Thumbprint> pin, Optional<Path> credentialsFile,
			Optional<String> username, Optional<Secret> password) {

		@Override
		public String toString() {
			return "Connection[vcenter=%s, pin=%s, credentialsFile=%s, username=%s, password=%s]".formatted(
					this.vcenter, this.pin, this.credentialsFile, this.username,
					this.password.map((p) -> "<redacted>"));
		}

	}

}
