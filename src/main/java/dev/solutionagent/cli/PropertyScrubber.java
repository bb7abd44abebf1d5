package dev.solutionagent.cli;

import java.util.Set;

import dev.solutionagent.environment.OvfEnvironment;
import org.slf4j.LoggerFactory;

/**
 * Removes OVF properties from where the environment came from once they have served, so
 * that vCenter credentials do not stay readable in {@code guestinfo.ovfEnv}. Connect the
 * guestinfo scrubber in {@link Cli}: {@code new RegisterCommand(scrubber)}.
 */
@FunctionalInterface
interface PropertyScrubber {

	/**
	 * Until a scrubber is connected: warns that the properties stay, naming them.
	 */
	PropertyScrubber UNCONNECTED = (settings, environment, keys) -> LoggerFactory.getLogger(PropertyScrubber.class)
		.warn("{} stay in the OVF environment from {}: no scrubber is connected; remove them from the VM's vApp "
				+ "options", keys, environment.source());

	/**
	 * Scrub properties.
	 * @param settings the settings (guestinfo programs and timeouts)
	 * @param environment the environment the properties came from; its source tells
	 * guestinfo from a file
	 * @param keys the property keys to remove
	 */
	void scrub(AgentSettings settings, OvfEnvironment environment, Set<String> keys);

}
