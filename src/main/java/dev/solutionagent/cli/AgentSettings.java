package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.solutionagent.environment.TransportSettings;
import dev.solutionagent.extension.PayloadShape;
import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;

/**
 * The agent's settings, bound once from {@link AgentProperties} and immutable after.
 *
 * @param descriptor the vendor's descriptor file
 * @param certificate the plug-in server's certificate file
 * @param transport where to look for the OVF environment
 * @param shape the payload shape asked for
 * @param applianceAddress an explicit appliance address
 * @param applianceAddressProperty an OVF property holding the appliance address
 * @param dryRun build and print the body without sending it
 * @param showToken print the real token in the dry-run header line
 * @param simulation what {@code simulate} runs
 */
record AgentSettings(Path descriptor, Optional<Path> certificate, TransportSettings transport, PayloadShape shape,
		Optional<String> applianceAddress, Optional<String> applianceAddressProperty, boolean dryRun, boolean showToken,
		Simulation simulation) {

	/**
	 * Map bound properties, checking values that Spring cannot.
	 * @param properties the bound properties
	 * @return the settings
	 * @throws UsageException naming the property at fault
	 */
	static AgentSettings of(AgentProperties properties) {
		AgentProperties.Transport transport = properties.getTransport();
		TransportSettings transportSettings = TransportSettings.defaults()
			.withGuestInfo(transport.getRpctool(), transport.getVmtoolsd())
			.withIso(transport.getMountTable(), transport.getDevices(), transport.getMount(), transport.getUmount())
			.withProgramTimeout(transport.getProgramTimeout())
			.withMaxBytes(transport.getMaxBytes());
		if (properties.getOvfEnv() != null) {
			transportSettings = transportSettings.withFile(properties.getOvfEnv());
		}
		PayloadShape shape;
		try {
			shape = PayloadShape.parse(properties.getPayload().getShape());
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("agent.payload.shape " + ex.getMessage());
		}
		return new AgentSettings(properties.getDescriptor(), Optional.ofNullable(properties.getCertificate()),
				transportSettings, shape, Optional.ofNullable(properties.getAppliance().getAddress()),
				Optional.ofNullable(properties.getAppliance().getAddressProperty()), properties.isDryRun(),
				properties.isShowToken(), simulation(properties.getSimulator()));
	}

	private static Simulation simulation(AgentProperties.Simulator simulator) {
		String prefix = "agent.simulator.";
		SimulatorSettings settings = SimulatorSettings.defaults();
		settings = checked(prefix + "port", settings, (s) -> s.withPort(simulator.getPort()));
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
			.withOtherCertificate(simulator.isOtherCertificate());
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
