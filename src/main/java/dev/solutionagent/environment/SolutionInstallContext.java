package dev.solutionagent.environment;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.tls.Thumbprint;

/**
 * What vCenter injects for solution install, typed and checked: the one-time token, the
 * endpoint to call back with its pinned thumbprint, and the target vCenters.
 *
 * @param token the one-time {@code solution-install-token}
 * @param endpoint the https URL of {@code /api/ui/solutioninstall}
 * @param pin the thumbprint the endpoint's certificate must match
 * @param clientVersion the vSphere Client version (8.0 U3 and later)
 * @param targets the target vCenters (8.0 U2 and later), in index order
 */
public record SolutionInstallContext(Secret token, URI endpoint, Thumbprint pin, Optional<String> clientVersion,
		List<TargetVcenter> targets) {

	public static final String TOKEN = "solutionInstall.token";

	public static final String ENDPOINT = "solutionInstall.postDeployData.endpoint";

	public static final String THUMBPRINT = "solutionInstall.postDeployData.thumbprint";

	public static final String VERSION = "solutionInstall.postDeployData.version";

	public static final String TARGET_COUNT = "solutionInstall.targetVcenterServers.count";

	public static final String TARGET_PREFIX = "solutionInstall.targetVcenterServers.";

	/**
	 * The largest target count read: a linked group has at most 15 vCenters and
	 * prepare-ovf declares at most 64 slots, so a larger count is a corrupt document (and
	 * would have the reader walk every index up to it).
	 */
	public static final int MAX_TARGETS = 64;

	/**
	 * The fields of each target vCenter, as in {@code ...targetVcenterServers.N.<field>}.
	 */
	public static final List<String> TARGET_FIELDS = List.of("hostname", "guid", "thumbprint", "version");

	public SolutionInstallContext {
		targets = List.copyOf(targets);
	}

	/**
	 * Read the context from an OVF environment, reporting every problem at once.
	 * @param environment the parsed environment
	 * @return the context
	 * @throws OvfEnvironmentException naming each missing or malformed key
	 */
	public static SolutionInstallContext from(OvfEnvironment environment) {
		return new SolutionInstallContextReader(environment).read();
	}

	/**
	 * The property key of a target vCenter's field.
	 * @param index the target index
	 * @param field one of {@link #TARGET_FIELDS}
	 * @return for example {@code solutionInstall.targetVcenterServers.0.guid}
	 */
	public static String targetKey(int index, String field) {
		return TARGET_PREFIX + index + "." + field;
	}

}
