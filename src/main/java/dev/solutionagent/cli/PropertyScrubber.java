package dev.solutionagent.cli;

import java.util.Set;

import dev.solutionagent.environment.GuestInfoScrubber;
import dev.solutionagent.environment.OvfEnvironment;
import org.slf4j.LoggerFactory;

/**
 * Removes OVF properties from where the environment came from once they have served, so
 * that the token or vCenter credentials do not stay readable in {@code guestinfo.ovfEnv}.
 */
@FunctionalInterface
interface PropertyScrubber {

	/**
	 * Rewrites {@code guestinfo.ovfEnv} without the properties, best effort; a document
	 * from a file or the ISO transport cannot be rewritten and is left as it is.
	 */
	PropertyScrubber GUESTINFO = (settings, environment, keys) -> {
		if (environment.isFromGuestInfo()) {
			GuestInfoScrubber.of(settings.transport()).scrub(keys);
		}
		else {
			LoggerFactory.getLogger(PropertyScrubber.class)
				.info("{} stay in the OVF environment from {}, which the agent cannot rewrite", keys,
						environment.source());
		}
	};

	/**
	 * Scrub properties.
	 * @param settings the settings (guestinfo programs and timeouts)
	 * @param environment the environment the properties came from; its source tells
	 * guestinfo from a file
	 * @param keys the property keys to remove
	 */
	void scrub(AgentSettings settings, OvfEnvironment environment, Set<String> keys);

}
