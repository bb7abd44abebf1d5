package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;

/**
 * The local solution-install endpoint that {@code simulate} and {@code demo} run: where
 * it listens, the vCenters it issues, the files it writes, and its faults.
 */
final class SimulatorOptions {

	private static final SimulatorSettings DEFAULTS = SimulatorSettings.defaults();

	static final Setting<String> HOST = Setting.option("--host", "agent.simulator.host", "ADDRESS", String.class,
			DEFAULTS.host(), "Address to listen on (default 127.0.0.1; 0.0.0.0 in a container)");

	static final Setting<Integer> PORT = Setting.option("--port", "agent.simulator.port", "N", Integer.class,
			DEFAULTS.port(), "Port to listen on (default 0: any free port)");

	static final Setting<String> ADVERTISE_HOST = Setting.option("--advertise-host", "agent.simulator.advertise-host",
			"ADDRESS", String.class, null,
			"The address written into ovf-env.xml and the register command, so that a test VM can "
					+ "reach this machine (default: --host; 127.0.0.1 for 0.0.0.0)");

	static final Setting<Integer> PLUGIN_PORT = Setting.option("--plugin-port", "agent.simulator.plugin-port", "N",
			Integer.class, DEFAULTS.pluginPort(),
			"Port of the plug-in server, which has a listener of its own (default 0: any free port)");

	static final Setting<Integer> TARGETS = Setting.option("--targets", "agent.simulator.targets", "N", Integer.class,
			DEFAULTS.targets(), "Target vCenters to issue (default 2)");

	static final Setting<String> TARGET_VERSION = Setting.option("--target-version", "agent.simulator.target-version",
			"V|none", String.class, DEFAULTS.targetVersion().orElse(SimulatorSettings.NONE),
			"Version the targets report (default 8.0.3; none models 8.0 U2)");

	static final Setting<String> CLIENT_VERSION = Setting.option("--client-version", "agent.simulator.client-version",
			"V|none", String.class, DEFAULTS.clientVersion().orElse(SimulatorSettings.NONE),
			"postDeployData.version (default 8.0.3.00300; none before 8.0 U3)");

	static final Setting<List<String>> OVF_PROPERTIES = Setting.list("--ovf-property", "agent.simulator.ovf-properties",
			"KEY=VALUE[,...]", String.class, List.of("example.adminEmail=plugin-admin@example.com"),
			"Vendor OVF properties (default example.adminEmail=..., for examples/extension.yaml)");

	static final Setting<Path> WRITE_OVF_ENV = Setting.option("--write-ovf-env", "agent.simulator.write-ovf-env",
			"FILE", Path.class, null, "Write the OVF environment (token included, mode 0600) for register --ovf-env");

	static final Setting<Path> WRITE_CERTIFICATE = Setting.option("--write-certificate",
			"agent.simulator.write-certificate", "FILE", Path.class, null,
			"Write the certificate the simulator serves (PEM)");

	static final Setting<Integer> FAIL_FIRST = Setting.option("--fail-first", "agent.simulator.fail-first", "N",
			Integer.class, 0, "Answer the first N POSTs with --fail-status");

	static final Setting<Integer> FAIL_STATUS = Setting.option("--fail-status", "agent.simulator.fail-status", "CODE",
			Integer.class, Faults.none().failStatus(), "Status of those answers (default 503)");

	static final Setting<Integer> RETRY_AFTER = Setting.option("--retry-after", "agent.simulator.retry-after",
			"SECONDS", Integer.class, null, "Retry-After header of those answers");

	static final Setting<Duration> DELAY = Setting.option("--delay", "agent.simulator.delay", "DURATION",
			Duration.class, Duration.ZERO, "Delay every answer, such as 500ms or 40s");

	static final Setting<Integer> DROP_FIRST = Setting.option("--drop-first", "agent.simulator.drop-first", "N",
			Integer.class, 0, "Process the next N POSTs but close the connection instead of answering");

	static final Setting<Boolean> EXPIRE_TOKEN = Setting.flag("--expire-token", "agent.simulator.expire-token",
			"Answer every POST 401 as if the token expired");

	static final Setting<Boolean> OTHER_VCENTER_CERTIFICATE = Setting.flag("--other-vcenter-certificate",
			"agent.simulator.other-vcenter-certificate",
			"The endpoint presents a certificate that does not match the thumbprint written (exit 60)");

	static final Setting<Boolean> OTHER_PLUGIN_CERTIFICATE = Setting.flag("--other-plugin-certificate",
			"agent.simulator.other-plugin-certificate",
			"The plug-in server presents a certificate other than --write-certificate's (preflight, exit 10)");

	static final List<Setting<?>> ALL = List.of(HOST, PORT, ADVERTISE_HOST, PLUGIN_PORT, TARGETS, TARGET_VERSION,
			CLIENT_VERSION, OVF_PROPERTIES, WRITE_OVF_ENV, WRITE_CERTIFICATE, FAIL_FIRST, FAIL_STATUS, RETRY_AFTER,
			DELAY, DROP_FIRST, EXPIRE_TOKEN, OTHER_VCENTER_CERTIFICATE, OTHER_PLUGIN_CERTIFICATE);

	private SimulatorOptions() {
	}

	/**
	 * Map the simulator's settings, naming the property at fault.
	 * @param values the bound values
	 * @return the simulation
	 * @throws UsageException for a value the simulator refuses
	 */
	static Simulation of(Values values) {
		SimulatorSettings settings = DEFAULTS;
		settings = checked(HOST, settings, (s) -> s.withHost(values.get(HOST)));
		settings = checked(PORT, settings, (s) -> s.withPort(values.get(PORT)));
		settings = checked(PLUGIN_PORT, settings, (s) -> s.withPluginPort(values.get(PLUGIN_PORT)));
		Optional<String> advertise = values.find(ADVERTISE_HOST);
		if (advertise.isPresent()) {
			settings = checked(ADVERTISE_HOST, settings, (s) -> s.withAdvertiseHost(advertise.get()));
		}
		settings = checked(TARGETS, settings, (s) -> s.withTargets(values.get(TARGETS)));
		settings = checked(TARGET_VERSION, settings, (s) -> s.withTargetVersion(values.get(TARGET_VERSION)));
		settings = checked(CLIENT_VERSION, settings, (s) -> s.withClientVersion(values.get(CLIENT_VERSION)));
		for (String property : values.get(OVF_PROPERTIES)) {
			int equals = property.indexOf('=');
			if (equals < 1) {
				throw new UsageException(
						OVF_PROPERTIES.property() + " has '%s'; expected KEY=VALUE".formatted(property));
			}
			settings = checked(OVF_PROPERTIES, settings,
					(s) -> s.withOvfProperty(property.substring(0, equals), property.substring(equals + 1)));
		}
		Faults faults = Faults.none();
		faults = checked(FAIL_STATUS, faults, (f) -> f.withFailFirst(0, values.get(FAIL_STATUS)));
		faults = checked(FAIL_FIRST, faults, (f) -> f.withFailFirst(values.get(FAIL_FIRST), f.failStatus()));
		Optional<Integer> retryAfter = values.find(RETRY_AFTER);
		if (retryAfter.isPresent()) {
			faults = checked(RETRY_AFTER, faults, (f) -> f.withRetryAfter(Duration.ofSeconds(retryAfter.get())));
		}
		faults = checked(DELAY, faults, (f) -> f.withDelay(values.get(DELAY)));
		faults = checked(DROP_FIRST, faults, (f) -> f.withDropFirst(values.get(DROP_FIRST)));
		faults = faults.withExpiredToken(values.get(EXPIRE_TOKEN))
			.withOtherCertificate(values.get(OTHER_VCENTER_CERTIFICATE))
			.withOtherPluginCertificate(values.get(OTHER_PLUGIN_CERTIFICATE));
		return new Simulation(settings, faults, values.find(WRITE_OVF_ENV), values.find(WRITE_CERTIFICATE));
	}

	// The value types check themselves; this names the property at fault.
	private static <T> T checked(Setting<?> setting, T value, UnaryOperator<T> change) {
		try {
			return change.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("%s cannot be used: %s".formatted(setting.property(), ex.getMessage()));
		}
	}

	/**
	 * What {@code simulate} runs.
	 *
	 * @param settings the simulated vCenter
	 * @param faults the faults from the first request on
	 * @param ovfEnvFile where to write the OVF environment
	 * @param certificateFile where to write the certificate the simulator serves
	 */
	record Simulation(SimulatorSettings settings, Faults faults, Optional<Path> ovfEnvFile,
			Optional<Path> certificateFile) {

	}

}
