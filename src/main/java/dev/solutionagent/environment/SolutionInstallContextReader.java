package dev.solutionagent.environment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.solutionagent.tls.Thumbprint;

import static dev.solutionagent.environment.SolutionInstallContext.ENDPOINT;
import static dev.solutionagent.environment.SolutionInstallContext.TARGET_COUNT;
import static dev.solutionagent.environment.SolutionInstallContext.THUMBPRINT;
import static dev.solutionagent.environment.SolutionInstallContext.TOKEN;
import static dev.solutionagent.environment.SolutionInstallContext.VERSION;
import static dev.solutionagent.environment.SolutionInstallContext.targetKey;

/**
 * Reads a {@link SolutionInstallContext} from an environment, collecting every problem
 * before it fails.
 */
final class SolutionInstallContextReader {

	// Nine digits at most: a longer index is no slot of any template, and would overflow.
	private static final Pattern TARGET_KEY = Pattern
		.compile(Pattern.quote(SolutionInstallContext.TARGET_PREFIX) + "(\\d{1,9})\\.([A-Za-z]+)");

	private static final Pattern GUID = Pattern
		.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

	private final OvfEnvironment environment;

	private final List<String> problems = new ArrayList<>();

	SolutionInstallContextReader(OvfEnvironment environment) {
		this.environment = environment;
	}

	SolutionInstallContext read() {
		Optional<String> token = required(TOKEN);
		URI endpoint = required(ENDPOINT).map(this::endpoint).orElse(null);
		Thumbprint pin = required(THUMBPRINT).map((value) -> thumbprint(THUMBPRINT, value)).orElse(null);
		Optional<String> version = this.environment.property(VERSION).filter((value) -> !value.isBlank());
		List<TargetVcenter> targets = targets();
		if (!this.problems.isEmpty()) {
			if (!this.environment.hasPropertySection()) {
				this.problems.add(0, "the document has no PropertySection at all: the VM was not deployed from the "
						+ "vSphere Client's Client Plugins view, or its vApp options are off");
			}
			throw new OvfEnvironmentException(this.environment.source(), this.problems);
		}
		return new SolutionInstallContext(Secret.of(token.get()), endpoint, pin, version, targets);
	}

	private Optional<String> required(String key) {
		Optional<String> value = this.environment.property(key);
		if (value.isEmpty()) {
			this.problems.add(key + " is missing");
		}
		else if (value.get().isBlank()) {
			this.problems.add(key + " is empty");
			return Optional.empty();
		}
		return value.map(String::strip);
	}

	private URI endpoint(String value) {
		String text = value.contains("://") ? value : "https://" + value;
		try {
			URI uri = new URI(text);
			// "/x://y" parses as a relative URI without a scheme.
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (scheme.equals("http")) {
				this.problems.add(
						ENDPOINT + " is '" + value + "': plain http is refused, the token must only travel over https");
				return null;
			}
			if (!scheme.equals("https") || uri.getHost() == null) {
				this.problems.add(ENDPOINT + " is '" + value
						+ "': expected https://HOST/api/ui/solutioninstall or HOST/api/ui/solutioninstall");
				return null;
			}
			if (uri.getPort() == 0 || uri.getPort() > 65535) {
				this.problems
					.add(ENDPOINT + " is '" + value + "': port " + uri.getPort() + " is out of range (1 to 65535)");
				return null;
			}
			if (uri.getRawUserInfo() != null) {
				this.problems.add(ENDPOINT + " carries a user name in its URL ('" + uri.getScheme() + "://...@"
						+ uri.getHost() + "'); expected https://HOST/api/ui/solutioninstall");
				return null;
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			this.problems.add(ENDPOINT + " is not a valid URL (" + ex.getMessage() + ")");
			return null;
		}
	}

	private Thumbprint thumbprint(String key, String value) {
		try {
			return Thumbprint.parse(value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(key + " " + ex.getMessage());
			return null;
		}
	}

	private List<TargetVcenter> targets() {
		TreeSet<Integer> indexes = new TreeSet<>();
		for (String key : this.environment.properties().keySet()) {
			Matcher matcher = TARGET_KEY.matcher(key);
			if (matcher.matches()) {
				indexes.add(Integer.parseInt(matcher.group(1)));
			}
		}
		Optional<String> countText = this.environment.property(TARGET_COUNT).map(String::strip);
		if (countText.isEmpty() || countText.get().isEmpty()) {
			// Before 8.0 U2 vCenter sends no targets; empty slots of a template count as
			// none.
			indexes.stream()
				.filter((index) -> !isEmptySlot(index))
				.findFirst()
				.ifPresent((index) -> this.problems
					.add(TARGET_COUNT + " is missing while " + targetKey(index, "...") + " is present"));
			return List.of();
		}
		int count;
		try {
			count = Integer.parseInt(countText.get());
		}
		catch (NumberFormatException ex) {
			count = -1;
		}
		if (count < 0 || count > SolutionInstallContext.MAX_TARGETS) {
			this.problems.add(TARGET_COUNT + " is '" + countText.get() + "'; expected a whole number from 0 to "
					+ SolutionInstallContext.MAX_TARGETS + ", the number of target vCenters");
			return List.of();
		}
		List<TargetVcenter> targets = new ArrayList<>();
		Map<String, Integer> guids = new HashMap<>();
		for (int index = 0; index < count; index++) {
			TargetVcenter target = target(index);
			if (target != null) {
				Integer previous = guids.putIfAbsent(target.guid().toLowerCase(Locale.ROOT), index);
				if (previous != null) {
					this.problems.add(targetKey(index, "guid") + " '" + target.guid() + "' repeats the GUID of "
							+ targetKey(previous, "guid"));
				}
				targets.add(target);
			}
		}
		for (int index : indexes.tailSet(count)) {
			if (!isEmptySlot(index)) {
				this.problems.add(TARGET_COUNT + " is " + count + " but " + targetKey(index, "...")
						+ " is present; the count must match the indexes 0.." + (count - 1));
			}
		}
		return targets;
	}

	private TargetVcenter target(int index) {
		int before = this.problems.size();
		Optional<String> hostname = required(targetKey(index, "hostname"));
		Optional<String> guid = required(targetKey(index, "guid")).filter((value) -> isGuid(index, value));
		Thumbprint thumbprint = required(targetKey(index, "thumbprint"))
			.map((value) -> thumbprint(targetKey(index, "thumbprint"), value))
			.orElse(null);
		Optional<String> version = this.environment.property(targetKey(index, "version"))
			.map(String::strip)
			.filter((value) -> !value.isEmpty());
		if (this.problems.size() > before) {
			return null;
		}
		return new TargetVcenter(index, hostname.get(), guid.get(), thumbprint, version);
	}

	// vCenter writes its instance UUID here, and the value keys vcenterExtensionsPerGuid;
	// anything else is a document edited by hand or a template's default.
	private boolean isGuid(int index, String value) {
		if (GUID.matcher(value).matches()) {
			return true;
		}
		this.problems.add(targetKey(index, "guid") + " is '" + abbreviate(value)
				+ "'; expected the vCenter's instance UUID, 8-4-4-4-12 hex digits such as "
				+ "0c3b7a52-94e0-4c0b-8f0a-1f6d2b9e7c11, as vCenter writes it");
		return false;
	}

	private static String abbreviate(String value) {
		return (value.length() <= 60) ? value : value.substring(0, 60) + "...";
	}

	// An OVF template pre-declares slots that vCenter leaves empty when fewer targets are
	// chosen.
	private boolean isEmptySlot(int index) {
		return SolutionInstallContext.TARGET_FIELDS.stream()
			.allMatch((field) -> this.environment.property(targetKey(index, field)).orElse("").isBlank());
	}

}
