package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.RetrySettings;
import dev.solutionagent.delivery.WindowSettings;
import dev.solutionagent.environment.SecretKey;
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
 * @param preflightTimeout how long the preflight may retry, within the token window
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
		WindowSettings window, Duration preflightTimeout, Optional<String> thumbprintUrl, Simulation simulation,
		OvfOptions ovf, ExtensionSettings extension, boolean allowHttp, boolean validateJson) {

	/**
	 * Map bound properties, checking values that Spring cannot: a run must never start
	 * with settings that would only break it later.
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
		Optional<SecretKey> secret = Optional.ofNullable(properties.getAppliance().getAddressProperty())
			.flatMap((key) -> SecretKey.of(key.strip()));
		if (secret.isPresent()) {
			throw new UsageException("agent.appliance.address-property names %s: %s, and the appliance's address "
				.formatted(secret.get().key(), secret.get().reason())
					+ "goes into the payload, URLs and DNS look-ups; name the OVF property that holds the address");
		}
		WindowProperties window = properties.getWindow();
		check(properties);
		return new AgentSettings(properties.getDescriptor(), Optional.ofNullable(properties.getCertificate()),
				transportSettings, shape, Optional.ofNullable(properties.getAppliance().getAddress()),
				Optional.ofNullable(properties.getAppliance().getAddressProperty()), properties.isDryRun(),
				properties.isShowToken(), properties.getStateDir(), properties.isForce(), properties.isSkipPreflight(),
				HttpSettings.defaults()
					.withTimeouts(properties.getHttp().getConnectTimeout(), properties.getHttp().getReadTimeout()),
				new RetrySettings(retry.getInitialDelay(), retry.getMaxDelay(), retry.getMultiplier(),
						retry.getJitter(), retry.getReachabilityInterval()),
				new WindowSettings(Optional.ofNullable(window.getDeployedAt()), window.getBootTimeFile(),
						window.getLifetime(), window.getMargin()),
				properties.getPreflightTimeout(),
				Optional.ofNullable(properties.getThumbprintUrl()).filter((url) -> !url.isBlank()),
				Simulation.of(properties.getSimulator()), OvfOptions.of(properties.getOvf()),
				ExtensionSettings.of(properties), properties.isAllowHttp(), properties.getValidate().isJson());
	}

	// The shortest wait between attempts: shorter ones would turn retries into a flood.
	private static final Duration MIN_DELAY = Duration.ofMillis(100);

	private static void check(AgentProperties properties) {
		HttpProperties http = properties.getHttp();
		RetryProperties retry = properties.getRetry();
		WindowProperties window = properties.getWindow();
		TransportProperties transport = properties.getTransport();
		new SettingChecks().positive("agent.http.connect-timeout", http.getConnectTimeout())
			.positive("agent.http.read-timeout", http.getReadTimeout())
			.atLeast("agent.retry.initial-delay", retry.getInitialDelay(), MIN_DELAY)
			.atLeast("agent.retry.max-delay", retry.getMaxDelay(), MIN_DELAY)
			.require(
					retry.getInitialDelay() == null || retry.getMaxDelay() == null
							|| retry.getMaxDelay().compareTo(retry.getInitialDelay()) >= 0,
					"agent.retry.max-delay is shorter than agent.retry.initial-delay")
			.between("agent.retry.multiplier", retry.getMultiplier(), 1, 10, true, "2.0")
			.between("agent.retry.jitter", retry.getJitter(), 0, 1, false, "0.2")
			.atLeast("agent.retry.reachability-interval", retry.getReachabilityInterval(), MIN_DELAY)
			.positive("agent.window.lifetime", window.getLifetime())
			.notNegative("agent.window.margin", window.getMargin())
			.require(
					window.getLifetime() == null || window.getMargin() == null
							|| window.getMargin().compareTo(window.getLifetime()) < 0,
					"agent.window.margin is not shorter than agent.window.lifetime, so no attempt could ever start")
			.plausible("agent.window.deployed-at", window.getDeployedAt())
			.positive("agent.preflight-timeout", properties.getPreflightTimeout())
			.positive("agent.transport.program-timeout", transport.getProgramTimeout())
			.between("agent.transport.max-bytes", transport.getMaxBytes(), 1024, 64 * 1024 * 1024)
			.verify();
	}

}
