package dev.solutionagent.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the simulated vCenter looks like: where it listens, which vCenters the admin
 * picked, which versions it reports, and how long its token lives.
 *
 * @param host the address to bind, also the host of the endpoint URL
 * @param port the port, 0 for any free port
 * @param targets how many target vCenters to issue (0 models vSphere before 8.0 U2)
 * @param targetVersion the version every target reports; empty writes no version property
 * (8.0 U2)
 * @param clientVersion the vSphere Client version ({@code postDeployData.version}); empty
 * writes none (before 8.0 U3)
 * @param tokenLifetime how long the token is valid after the simulator starts
 * @param clock the clock for token expiry and timestamps
 * @param ovfProperties the vendor's own OVF properties, written beside the
 * {@code solutionInstall.*} ones
 * @param advertiseHost the host written into URLs and the OVF environment, when it is not
 * the one bound (a wildcard such as 0.0.0.0 names no host a VM can reach)
 * @param pluginPort the port of the plug-in server (its own listener, so that its
 * certificate can differ from vCenter's), 0 for any free port
 */
public record SimulatorSettings(String host, int port, int targets, Optional<String> targetVersion,
		Optional<String> clientVersion, Duration tokenLifetime, Clock clock, Map<String, String> ovfProperties,
		Optional<String> advertiseHost, int pluginPort) {

	/** The word that stands for "no version property", as the command line takes it. */
	public static final String NONE = "none";

	public SimulatorSettings {
		if (host.isBlank()) {
			throw new IllegalArgumentException("host is empty; expected an address such as 127.0.0.1");
		}
		if (port < 0 || port > 65535 || pluginPort < 0 || pluginPort > 65535) {
			throw new IllegalArgumentException(
					"port is %d and plugin port %d; expected 0 (any free port) to 65535".formatted(port, pluginPort));
		}
		advertiseHost.filter(String::isBlank).ifPresent((blank) -> {
			throw new IllegalArgumentException("advertise host is empty; expected an address such as 192.168.1.20");
		});
		if (targets < 0 || targets > 99) {
			throw new IllegalArgumentException("targets is %d; expected 0 to 99 target vCenters".formatted(targets));
		}
		targetVersion.ifPresent((version) -> checkVersion("targetVersion", version));
		clientVersion.ifPresent((version) -> checkVersion("clientVersion", version));
		if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
			throw new IllegalArgumentException(
					"tokenLifetime is %s; expected a positive duration".formatted(tokenLifetime));
		}
		ovfProperties.keySet()
			.stream()
			.filter((key) -> key.isBlank() || key.startsWith("solutionInstall."))
			.findFirst()
			.ifPresent((key) -> {
				throw new IllegalArgumentException(
						"ovfProperties has key '%s'; the simulator writes solutionInstall.* itself".formatted(key));
			});
		ovfProperties = Collections.unmodifiableMap(new TreeMap<>(ovfProperties));
	}

	/**
	 * 127.0.0.1 on a free port, two 8.0.3 target vCenters, vSphere Client 8.0.3.00300, a
	 * 30-minute token, the system clock.
	 * @return the defaults
	 */
	public static SimulatorSettings defaults() {
		return new SimulatorSettings("127.0.0.1", 0, 2, Optional.of("8.0.3"), Optional.of("8.0.3.00300"),
				Duration.ofMinutes(30), Clock.systemUTC(), Map.of(), Optional.empty(), 0);
	}

	public SimulatorSettings withHost(String host) {
		return new SimulatorSettings(host, this.port, this.targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	public SimulatorSettings withPort(int port) {
		return new SimulatorSettings(this.host, port, this.targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	public SimulatorSettings withTargets(int targets) {
		return new SimulatorSettings(this.host, this.port, targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	/**
	 * The version every target vCenter reports.
	 * @param version a dotted version such as {@code 8.0.3}, or {@code none} for no
	 * version property (8.0 U2)
	 * @return new settings
	 */
	public SimulatorSettings withTargetVersion(String version) {
		return new SimulatorSettings(this.host, this.port, this.targets, optionalVersion(version), this.clientVersion,
				this.tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	/**
	 * The vSphere Client version written as {@code postDeployData.version}.
	 * @param version a dotted version such as {@code 8.0.3.00300}, or {@code none}
	 * (before 8.0 U3)
	 * @return new settings
	 */
	public SimulatorSettings withClientVersion(String version) {
		return new SimulatorSettings(this.host, this.port, this.targets, this.targetVersion, optionalVersion(version),
				this.tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	public SimulatorSettings withTokenLifetime(Duration tokenLifetime) {
		return new SimulatorSettings(this.host, this.port, this.targets, this.targetVersion, this.clientVersion,
				tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	public SimulatorSettings withClock(Clock clock) {
		return new SimulatorSettings(this.host, this.port, this.targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, clock, this.ovfProperties, this.advertiseHost, this.pluginPort);
	}

	public SimulatorSettings withOvfProperty(String key, String value) {
		Map<String, String> properties = new TreeMap<>(this.ovfProperties);
		properties.put(key, value);
		return new SimulatorSettings(this.host, this.port, this.targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, this.clock, properties, this.advertiseHost, this.pluginPort);
	}

	/**
	 * Bind one address and write another into URLs and the OVF environment.
	 * @param host the address a VM reaches this machine by, such as 192.168.1.20
	 * @return new settings
	 */
	public SimulatorSettings withAdvertiseHost(String host) {
		return new SimulatorSettings(this.host, this.port, this.targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, this.clock, this.ovfProperties, Optional.of(host.strip()), this.pluginPort);
	}

	public SimulatorSettings withPluginPort(int pluginPort) {
		return new SimulatorSettings(this.host, this.port, this.targets, this.targetVersion, this.clientVersion,
				this.tokenLifetime, this.clock, this.ovfProperties, this.advertiseHost, pluginPort);
	}

	/**
	 * The host written into URLs and the OVF environment: the advertised one, else the
	 * bound one, else (for a wildcard) loopback.
	 * @return the host
	 */
	public String advertisedHost() {
		return this.advertiseHost.orElse(isWildcard() ? "127.0.0.1" : this.host);
	}

	/**
	 * Whether the bound address is every address of the machine.
	 * @return {@code true} for 0.0.0.0 and ::
	 */
	public boolean isWildcard() {
		return this.host.equals("0.0.0.0") || this.host.equals("::") || this.host.equals("[::]");
	}

	private static Optional<String> optionalVersion(String version) {
		return NONE.equals(version.strip().toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(version.strip());
	}

	private static void checkVersion(String name, String version) {
		if (!version.matches("\\d{1,9}(\\.\\d{1,9}){1,4}")) {
			throw new IllegalArgumentException(
					"%s is '%s'; expected a dotted version such as 8.0.3, or '%s'".formatted(name, version, NONE));
		}
	}

}
