package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.Optional;

import dev.solutionagent.environment.TransportSettings;
import dev.solutionagent.extension.PayloadShape;

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
 * @param ovf what prepare-ovf puts into an OVF descriptor
 */
record AgentSettings(Path descriptor, Optional<Path> certificate, TransportSettings transport, PayloadShape shape,
		Optional<String> applianceAddress, Optional<String> applianceAddressProperty, boolean dryRun, boolean showToken,
		OvfOptions ovf) {

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
				properties.isShowToken(), OvfOptions.of(properties.getOvf()));
	}

}
