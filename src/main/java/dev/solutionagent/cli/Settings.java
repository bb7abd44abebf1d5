package dev.solutionagent.cli;

import java.util.List;

/**
 * Settings that have no option of their own, in the groups commands share. Each is given
 * as {@code --agent.<property>=VALUE}, an environment variable or in application.yml;
 * help shows them with their defaults.
 */
final class Settings {

	static final List<OptionSpec> HTTP = List.of(
			OptionSpec.setting("agent.http.connect-timeout", "DURATION", "Connect and TLS handshake timeout"),
			OptionSpec.setting("agent.http.read-timeout", "DURATION",
					"How long to wait for an answer; with the connect timeout, the most one exchange may take"));

	static final List<OptionSpec> RETRY = List.of(
			OptionSpec.setting("agent.retry.initial-delay", "DURATION", "The wait after the first failed attempt"),
			OptionSpec.setting("agent.retry.max-delay", "DURATION",
					"The longest wait between attempts (a longer Retry-After is honoured)"),
			OptionSpec.setting("agent.retry.multiplier", "NUMBER", "The growth of the wait per failed attempt"),
			OptionSpec.setting("agent.retry.jitter", "FRACTION", "The random spread of each wait, 0 to below 1"),
			OptionSpec.setting("agent.retry.reachability-interval", "DURATION",
					"How often a peer that nothing reached is asked whether it accepts connections"),
			OptionSpec.setting("agent.preflight-timeout", "DURATION",
					"How long the preflight retries fetching each plug-in manifest (within the token window)"));

	static final List<OptionSpec> WINDOW = List.of(
			OptionSpec.setting("agent.window.lifetime", "DURATION", "How long the token lives after deployment"),
			OptionSpec.setting("agent.window.margin", "DURATION",
					"How long before the window's end the agent stops starting attempts"),
			OptionSpec.setting("agent.window.boot-time-file", "FILE",
					"Where the boot time (the deployment time's stand-in) is read"));

	static final OptionSpec MAX_BYTES = OptionSpec.setting("agent.transport.max-bytes", "N",
			"The largest OVF environment document read");

	static final List<OptionSpec> TRANSPORT = List.of(
			OptionSpec.setting("agent.transport.rpctool", "PROGRAM", "guestinfo: the first program tried"),
			OptionSpec.setting("agent.transport.vmtoolsd", "PROGRAM", "guestinfo: the second program tried"),
			OptionSpec.setting("agent.transport.mount-table", "FILE", "ISO transport: where mounted file systems are"),
			OptionSpec.setting("agent.transport.devices", "DEV[,DEV...]", "ISO transport: CD-ROM devices to mount"),
			OptionSpec.setting("agent.transport.mount", "PROGRAM", "ISO transport: the mount program"),
			OptionSpec.setting("agent.transport.umount", "PROGRAM", "ISO transport: the umount program"),
			OptionSpec.setting("agent.transport.program-timeout", "DURATION", "How long each program may run"),
			MAX_BYTES);

	static final OptionSpec ADDRESS_PROPERTY = OptionSpec.setting("agent.appliance.address-property", "KEY",
			"An OVF property that holds the address for ${appliance.address}, when --appliance-address is not given");

	static final OptionSpec VCENTER_PASSWORD = OptionSpec.setting("agent.vcenter.password", "SECRET",
			"The vCenter password without a credentials file: environment or application.yml only, never an option");

	static final OptionSpec EXTENSION_UPDATE = OptionSpec.setting("agent.extension.update", "true|false",
			"On the ExtensionManager path: replace a registration of the same key instead of exit 8");

	private Settings() {
	}

}
