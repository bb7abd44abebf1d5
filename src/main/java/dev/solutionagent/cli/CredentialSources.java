package dev.solutionagent.cli;

import java.io.Console;
import java.util.Optional;

import dev.solutionagent.environment.Secret;
import dev.solutionagent.vim.Credentials;

/**
 * Where the vCenter credentials come from, never the command line: the credentials file
 * ({@code --credentials}, mode 0600), else {@code agent.vcenter.username} and
 * {@code agent.vcenter.password} (AGENT_VCENTER_USERNAME and AGENT_VCENTER_PASSWORD),
 * else a prompt when a terminal is attached, for whatever is still missing.
 */
final class CredentialSources {

	private CredentialSources() {
	}

	/**
	 * Resolve the credentials.
	 * @param settings the settings
	 * @param prompt asks the person at the terminal, if there is one
	 * @param vcenter the vCenter, for the prompt
	 * @return the credentials
	 * @throws UsageException when none of the sources gives both values
	 */
	static Credentials resolve(VcenterOptions.Connection settings, Prompt prompt, String vcenter) {
		if (settings.credentialsFile().isPresent()) {
			return Credentials.fromFile(settings.credentialsFile().get());
		}
		Optional<String> username = settings.username()
			.or(() -> prompt.line("vCenter user for " + vcenter + ": ").filter((u) -> !u.isBlank()));
		Optional<Secret> password = settings.password()
			.or(() -> username.flatMap((u) -> prompt.password("Password of " + u + ": ")));
		if (username.isEmpty() || password.isEmpty() || password.get().isEmpty()) {
			throw new UsageException("No vCenter credentials for " + vcenter + " ("
					+ (username.isEmpty() ? "no user name" : "no password for " + username.get())
					+ "): give --credentials FILE (mode 0600, with username= and password= lines), or set "
					+ "AGENT_VCENTER_USERNAME and AGENT_VCENTER_PASSWORD, or run on a terminal to be asked");
		}
		return new Credentials(username.get().strip(), password.get());
	}

	/**
	 * Asks the person at the terminal.
	 */
	interface Prompt {

		/** No terminal: nobody to ask. */
		Prompt NONE = new Prompt() {

			@Override
			public Optional<String> line(String question) {
				return Optional.empty();
			}

			@Override
			public Optional<Secret> password(String question) {
				return Optional.empty();
			}

		};

		Optional<String> line(String question);

		/**
		 * Ask without echo.
		 * @param question the prompt
		 * @return the password, empty when nobody can be asked
		 */
		Optional<Secret> password(String question);

		/**
		 * The process's terminal, or {@link #NONE} when stdin or stdout is redirected (as
		 * under systemd).
		 * @return the prompt
		 */
		static Prompt console() {
			Console console = System.console();
			if (console == null || !isTerminal(console)) {
				return NONE;
			}
			return new Prompt() {

				@Override
				public Optional<String> line(String question) {
					return Optional.ofNullable(console.readLine("%s", question));
				}

				@Override
				public Optional<Secret> password(String question) {
					char[] typed = console.readPassword("%s", question);
					return Optional.ofNullable(typed).map((chars) -> Secret.of(new String(chars)));
				}

			};
		}

		// From JDK 22 a console exists even when the streams are redirected; only
		// Console.isTerminal() (JDK 22) tells. Before it, a console is a terminal.
		private static boolean isTerminal(Console console) {
			try {
				return (boolean) Console.class.getMethod("isTerminal").invoke(console);
			}
			catch (ReflectiveOperationException ex) {
				return true;
			}
		}

	}

}
