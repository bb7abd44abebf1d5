package dev.solutionagent.vim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers, updates and unregisters a batch of extensions in one session. Every key is
 * looked up first and the whole batch refused before anything changes, so a descriptor of
 * several extensions is never left half registered by a refusal.
 */
public final class ExtensionRegistrar {

	private static final Logger logger = LoggerFactory.getLogger(ExtensionRegistrar.class);

	private ExtensionRegistrar() {
	}

	/**
	 * Register each extension; an extension whose key exists is replaced only when asked.
	 * @param client the session
	 * @param extensions the prepared records
	 * @param onExisting what to do with a key that is already registered
	 * @return what was done to each
	 * @throws VimException.AlreadyRegistered when a key exists and
	 * {@link OnExisting#REFUSE} (nothing was changed)
	 */
	public static List<Outcome> register(VimClient client, List<SoapExtension> extensions, OnExisting onExisting) {
		Map<SoapExtension, Optional<RegisteredExtension>> existing = lookUp(client, extensions);
		existing.forEach((extension, found) -> {
			if (found.isPresent() && onExisting == OnExisting.REFUSE) {
				throw new VimException.AlreadyRegistered(client.peer(), extension.key(),
						Optional.of(found.get().version()));
			}
		});
		List<Outcome> outcomes = new ArrayList<>();
		existing.forEach((extension, found) -> {
			if (found.isPresent()) {
				client.update(extension);
			}
			else {
				client.register(extension);
			}
			outcomes.add(outcome(client, extension, found));
		});
		return outcomes;
	}

	/**
	 * Replace each extension's registration.
	 * @param client the session
	 * @param extensions the prepared records
	 * @return what was done to each
	 * @throws VimException.NotRegistered when a key is not registered (nothing was
	 * changed)
	 */
	public static List<Outcome> update(VimClient client, List<SoapExtension> extensions) {
		Map<SoapExtension, Optional<RegisteredExtension>> existing = lookUp(client, extensions);
		existing.forEach((extension, found) -> {
			if (found.isEmpty()) {
				throw new VimException.NotRegistered(client.peer(), extension.key());
			}
		});
		List<Outcome> outcomes = new ArrayList<>();
		existing.forEach((extension, found) -> {
			client.update(extension);
			outcomes.add(outcome(client, extension, found));
		});
		return outcomes;
	}

	/**
	 * Unregister each key.
	 * @param client the session
	 * @param keys the extension keys
	 * @return the registrations removed
	 * @throws VimException.NotRegistered when a key is not registered (nothing was
	 * changed)
	 */
	public static List<RegisteredExtension> unregister(VimClient client, List<String> keys) {
		List<RegisteredExtension> found = new ArrayList<>();
		for (String key : keys) {
			found.add(client.find(key).orElseThrow(() -> new VimException.NotRegistered(client.peer(), key)));
		}
		for (RegisteredExtension extension : found) {
			client.unregister(extension.key());
			logger.info("Unregistered {} {} from vCenter {}", extension.key(), extension.version(), client.peer());
		}
		return found;
	}

	private static Map<SoapExtension, Optional<RegisteredExtension>> lookUp(VimClient client,
			List<SoapExtension> extensions) {
		Map<SoapExtension, Optional<RegisteredExtension>> existing = new LinkedHashMap<>();
		extensions.forEach((extension) -> existing.put(extension, client.find(extension.key())));
		return existing;
	}

	private static Outcome outcome(VimClient client, SoapExtension extension, Optional<RegisteredExtension> found) {
		Outcome outcome = new Outcome(extension.key(), extension.version(),
				found.isPresent() ? Action.UPDATED : Action.REGISTERED, found.map(RegisteredExtension::version));
		logger.info("{} {} {} in vCenter {}{}", (outcome.action() == Action.UPDATED) ? "Updated" : "Registered",
				outcome.key(), outcome.version(), client.peer(),
				outcome.previousVersion().map((v) -> " (was " + v + ")").orElse(""));
		return outcome;
	}

	/**
	 * What to do when a key to register is already registered.
	 */
	public enum OnExisting {

		/** Refuse, change nothing, exit 8. */
		REFUSE,

		/** Replace the registration with UpdateExtension. */
		UPDATE

	}

	/**
	 * What was done to one extension.
	 */
	public enum Action {

		REGISTERED, UPDATED

	}

	/**
	 * What was done to one extension.
	 *
	 * @param key the key
	 * @param version the version now registered
	 * @param action registered or updated
	 * @param previousVersion the version replaced, for an update
	 */
	public record Outcome(String key, String version, Action action, Optional<String> previousVersion) {

	}

}
