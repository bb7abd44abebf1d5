package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;

/**
 * The {@code agent.simulator.*} properties: the {@code simulate} command's local vCenter
 * and its faults.
 */
public class SimulatorProperties {

	private static final SimulatorSettings DEFAULTS = SimulatorSettings.defaults();

	/** The address to listen on: loopback unless a container needs 0.0.0.0. */
	private String host = DEFAULTS.host();

	private int port = DEFAULTS.port();

	/** The address written into ovf-env.xml when the listener is 0.0.0.0. */
	private String advertiseHost;

	/** The plug-in server's port (0: any free port). */
	private int pluginPort = DEFAULTS.pluginPort();

	private int targets = DEFAULTS.targets();

	/** A dotted version, or "none" for no version property. */
	private String targetVersion = DEFAULTS.targetVersion().orElse(SimulatorSettings.NONE);

	/** A dotted version, or "none" for no postDeployData.version. */
	private String clientVersion = DEFAULTS.clientVersion().orElse(SimulatorSettings.NONE);

	private Path writeOvfEnv;

	private Path writeCertificate;

	/**
	 * Vendor OVF properties as KEY=VALUE; the default is what examples/extension.yaml
	 * reads.
	 */
	private List<String> ovfProperties = new ArrayList<>(List.of("example.adminEmail=plugin-admin@example.com"));

	private int failFirst;

	private int failStatus = Faults.none().failStatus();

	/** Seconds; unset sends no Retry-After header. */
	private Integer retryAfter;

	private Duration delay = Duration.ZERO;

	private int dropFirst;

	private boolean expireToken;

	private boolean otherVcenterCertificate;

	private boolean otherPluginCertificate;

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public int getTargets() {
		return this.targets;
	}

	public void setTargets(int targets) {
		this.targets = targets;
	}

	public String getTargetVersion() {
		return this.targetVersion;
	}

	public void setTargetVersion(String targetVersion) {
		this.targetVersion = targetVersion;
	}

	public String getClientVersion() {
		return this.clientVersion;
	}

	public void setClientVersion(String clientVersion) {
		this.clientVersion = clientVersion;
	}

	public Path getWriteOvfEnv() {
		return this.writeOvfEnv;
	}

	public void setWriteOvfEnv(Path writeOvfEnv) {
		this.writeOvfEnv = writeOvfEnv;
	}

	public Path getWriteCertificate() {
		return this.writeCertificate;
	}

	public void setWriteCertificate(Path writeCertificate) {
		this.writeCertificate = writeCertificate;
	}

	public List<String> getOvfProperties() {
		return this.ovfProperties;
	}

	public void setOvfProperties(List<String> ovfProperties) {
		this.ovfProperties = ovfProperties;
	}

	public int getFailFirst() {
		return this.failFirst;
	}

	public void setFailFirst(int failFirst) {
		this.failFirst = failFirst;
	}

	public int getFailStatus() {
		return this.failStatus;
	}

	public void setFailStatus(int failStatus) {
		this.failStatus = failStatus;
	}

	public Integer getRetryAfter() {
		return this.retryAfter;
	}

	public void setRetryAfter(Integer retryAfter) {
		this.retryAfter = retryAfter;
	}

	public Duration getDelay() {
		return this.delay;
	}

	public void setDelay(Duration delay) {
		this.delay = delay;
	}

	public int getDropFirst() {
		return this.dropFirst;
	}

	public void setDropFirst(int dropFirst) {
		this.dropFirst = dropFirst;
	}

	public boolean isExpireToken() {
		return this.expireToken;
	}

	public void setExpireToken(boolean expireToken) {
		this.expireToken = expireToken;
	}

	public String getAdvertiseHost() {
		return this.advertiseHost;
	}

	public void setAdvertiseHost(String advertiseHost) {
		this.advertiseHost = advertiseHost;
	}

	public int getPluginPort() {
		return this.pluginPort;
	}

	public void setPluginPort(int pluginPort) {
		this.pluginPort = pluginPort;
	}

	public boolean isOtherVcenterCertificate() {
		return this.otherVcenterCertificate;
	}

	public void setOtherVcenterCertificate(boolean otherVcenterCertificate) {
		this.otherVcenterCertificate = otherVcenterCertificate;
	}

	public boolean isOtherPluginCertificate() {
		return this.otherPluginCertificate;
	}

	public void setOtherPluginCertificate(boolean otherPluginCertificate) {
		this.otherPluginCertificate = otherPluginCertificate;
	}

}
