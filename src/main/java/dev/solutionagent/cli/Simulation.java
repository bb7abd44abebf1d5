package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;

/**
 * What {@code simulate} runs, mapped once from the {@code agent.simulator.*} properties.
 *
 * @param settings the simulated vCenter
 * @param faults the faults from the first request on
 * @param ovfEnvFile where to write the OVF environment
 * @param certificateFile where to write the certificate the simulator serves
 */
record Simulation(SimulatorSettings settings, Faults faults, Optional<Path> ovfEnvFile,
		Optional<Path> certificateFile) {

	/**
	 * Map the simulator's properties, naming the property at fault.
	 * @param simulator the bound properties
	 * @return the simulation
	 * @throws UsageException for a value the simulator refuses
	 */
	static Simulation of(SimulatorProperties simulator) {
		String prefix = "agent.simulator.";
		SimulatorSettings settings = SimulatorSettings.defaults();
		settings = checked(prefix + "host", settings, (s) -> s.withHost(simulator.getHost()));
		settings = checked(prefix + "port", settings, (s) -> s.withPort(simulator.getPort()));
		settings = checked(prefix + "plugin-port", settings, (s) -> s.withPluginPort(simulator.getPluginPort()));
		if (simulator.getAdvertiseHost() != null) {
			settings = checked(prefix + "advertise-host", settings,
					(s) -> s.withAdvertiseHost(simulator.getAdvertiseHost()));
		}
		settings = checked(prefix + "targets", settings, (s) -> s.withTargets(simulator.getTargets()));
		settings = checked(prefix + "target-version", settings,
				(s) -> s.withTargetVersion(simulator.getTargetVersion()));
		settings = checked(prefix + "client-version", settings,
				(s) -> s.withClientVersion(simulator.getClientVersion()));
		for (String property : simulator.getOvfProperties()) {
			int equals = property.indexOf('=');
			if (equals < 1) {
				throw new UsageException(prefix + "ovf-properties has '%s'; expected KEY=VALUE".formatted(property));
			}
			settings = checked(prefix + "ovf-properties", settings,
					(s) -> s.withOvfProperty(property.substring(0, equals), property.substring(equals + 1)));
		}
		Faults faults = Faults.none();
		faults = checked(prefix + "fail-status", faults, (f) -> f.withFailFirst(0, simulator.getFailStatus()));
		faults = checked(prefix + "fail-first", faults,
				(f) -> f.withFailFirst(simulator.getFailFirst(), f.failStatus()));
		if (simulator.getRetryAfter() != null) {
			faults = checked(prefix + "retry-after", faults,
					(f) -> f.withRetryAfter(Duration.ofSeconds(simulator.getRetryAfter())));
		}
		faults = checked(prefix + "delay", faults, (f) -> f.withDelay(simulator.getDelay()));
		faults = checked(prefix + "drop-first", faults, (f) -> f.withDropFirst(simulator.getDropFirst()));
		faults = faults.withExpiredToken(simulator.isExpireToken())
			.withOtherCertificate(simulator.isOtherVcenterCertificate())
			.withOtherPluginCertificate(simulator.isOtherPluginCertificate());
		return new Simulation(settings, faults, Optional.ofNullable(simulator.getWriteOvfEnv()),
				Optional.ofNullable(simulator.getWriteCertificate()));
	}

	// The value types check themselves; this names the property at fault.
	private static <T> T checked(String property, T value, UnaryOperator<T> change) {
		try {
			return change.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("%s cannot be used: %s".formatted(property, ex.getMessage()));
		}
	}

}
