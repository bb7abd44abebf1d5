package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.Optional;

import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.RetrySettings;
import dev.solutionagent.delivery.WindowSettings;
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
 * @param stateDir the folder for result.json and the done marker
 * @param force register even when the done marker exists
 * @param skipPreflight do not fetch the plug-in manifest first
 * @param http timeouts of the HTTP client
 * @param retry the backoff between attempts
 * @param window how the token window is placed
 * @param thumbprintUrl a live server whose certificate {@code thumbprint} reads
 * @param simulation what {@code simulate} runs
 * @param ovf what prepare-ovf puts into an OVF descriptor
 * @param extension the settings of the extension and plan commands
 * @param allowHttp whether http:// plug-in URLs are only a warning
 * @param validateJson whether validate prints JSON
 */
record AgentSettings(Path descriptor, Optional<Path> certificate, TransportSettings transport, PayloadShape shape,
		Optional<String> applianceAddress, Optional<String> applianceAddressProperty, boolean dryRun, boolean showToken,
		Path stateDir, boolean force, boolean skipPreflight, HttpSettings http, RetrySettings retry,
		WindowSettings window, Optional<String> thumbprintUrl, Simulation simulation, OvfOptions ovf,
		ExtensionSettings extension, boolean allowHttp, boolean validateJson) {

	/**
	 * Map bound properties, checking values that Spring cannot.
	 * @param properties the bound properties
	 * @return the settings
	 * @throws UsageException naming the property at fault
	 */
	static AgentSettings of(AgentProperties properties) {
		TransportProperties transport = properties.getTransport();
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
		RetryProperties retry = properties.getRetry();
		if (retry.getMultiplier() < 1 || retry.getJitter() < 0 || retry.getJitter() >= 1) {
			throw new UsageException(
					"agent.retry.multiplier must be 1 or more and agent.retry.jitter from 0 to below 1");
		}
		WindowProperties window = properties.getWindow();
		return new AgentSettings(properties.getDescriptor(), Optional.ofNullable(properties.getCertificate()),
				transportSettings, shape, Optional.ofNullable(properties.getAppliance().getAddress()),
				Optional.ofNullable(properties.getAppliance().getAddressProperty()), properties.isDryRun(),
				properties.isShowToken(), properties.getStateDir(), properties.isForce(), properties.isSkipPreflight(),
				HttpSettings.defaults()
					.withTimeouts(properties.getHttp().getConnectTimeout(), properties.getHttp().getReadTimeout()),
				new RetrySettings(retry.getInitialDelay(), retry.getMaxDelay(), retry.getMultiplier(),
						retry.getJitter()),
				new WindowSettings(Optional.ofNullable(window.getDeployedAt()), window.getBootTimeFile(),
						window.getLifetime(), window.getMargin()),
				Optional.ofNullable(properties.getThumbprintUrl()).filter((url) -> !url.isBlank()),
				Simulation.of(properties.getSimulator()), OvfOptions.of(properties.getOvf()),
				ExtensionSettings.of(properties), properties.isAllowHttp(), properties.getValidate().isJson());
	}

}
