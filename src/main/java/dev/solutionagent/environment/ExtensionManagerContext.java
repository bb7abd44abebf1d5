package dev.solutionagent.environment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.solutionagent.tls.Thumbprint;

/**
 * The optional OVF properties for a first boot without solution install: when vCenter
 * injected no {@code solutionInstall.token} but the appliance's ProductSection declares
 * this group and the deployer filled it, {@code register} takes vCenter's
 * ExtensionManager path with these values. The credentials are scrubbed from guestinfo
 * after a successful registration.
 *
 * @param url the vCenter, {@code https://HOST[/sdk]}
 * @param pin the thumbprint vCenter's certificate must have
 * @param username the vCenter user
 * @param password the vCenter password
 */
public record ExtensionManagerContext(String url, Thumbprint pin, String username, Secret password) {

	public static final String URL = "solutionAgent.vcenter.url";

	public static final String THUMBPRINT = "solutionAgent.vcenter.thumbprint";

	public static final String USERNAME = "solutionAgent.vcenter.username";

	public static final String PASSWORD = "solutionAgent.vcenter.password";

	/** The whole optional group, in the order an OVF template declares it. */
	public static final List<String> KEYS = List.of(URL, THUMBPRINT, USERNAME, PASSWORD);

	/** The properties scrubbed once the registration is done. */
	public static final Set<String> CREDENTIAL_KEYS = Collections
		.unmodifiableSet(new LinkedHashSet<>(List.of(USERNAME, PASSWORD)));

	/**
	 * Whether {@code register} takes the ExtensionManager path: no solution-install
	 * token, and at least one property of the group filled in.
	 * @param environment the OVF environment
	 * @return {@code true} for the ExtensionManager path
	 */
	public static boolean applies(OvfEnvironment environment) {
		boolean noToken = environment.property(SolutionInstallContext.TOKEN).map(String::isBlank).orElse(true);
		return noToken && KEYS.stream().anyMatch((key) -> !environment.property(key).orElse("").isBlank());
	}

	/**
	 * Read the group, reporting every problem at once.
	 * @param environment the OVF environment
	 * @return the context
	 * @throws OvfEnvironmentException naming each missing or malformed key
	 */
	public static ExtensionManagerContext from(OvfEnvironment environment) {
		List<String> problems = new ArrayList<>();
		Optional<String> url = required(environment, URL, problems);
		Optional<Thumbprint> pin = required(environment, THUMBPRINT, problems).flatMap((text) -> {
			try {
				return Optional.of(Thumbprint.parse(text));
			}
			catch (IllegalArgumentException ex) {
				problems.add(THUMBPRINT + " " + ex.getMessage());
				return Optional.empty();
			}
		});
		Optional<String> username = required(environment, USERNAME, problems);
		Optional<String> password = environment.property(PASSWORD).filter((value) -> !value.isEmpty());
		if (password.isEmpty()) {
			problems.add(PASSWORD + " is missing or empty");
		}
		if (!problems.isEmpty()) {
			problems.add("without " + SolutionInstallContext.TOKEN + ", register needs all of "
					+ String.join(", ", KEYS) + " to register through vCenter's ExtensionManager");
			throw new OvfEnvironmentException(environment.source(), problems);
		}
		return new ExtensionManagerContext(url.get(), pin.get(), username.get(), Secret.of(password.get()));
	}

	private static Optional<String> required(OvfEnvironment environment, String key, List<String> problems) {
		Optional<String> value = environment.property(key).map(String::strip).filter((text) -> !text.isEmpty());
		if (value.isEmpty()) {
			problems.add(key + " is missing or empty");
		}
		return value;
	}

}
