package dev.solutionagent.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.RetrySettings;
import dev.solutionagent.delivery.TokenWindow;
import dev.solutionagent.environment.TransportSettings;
import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code agent.*} properties as Spring binds them from options, environment variables
 * and {@code /etc/solution-agent/application.yml}. Mapped once into
 * {@link AgentSettings}; nothing else reads this class.
 */
@ConfigurationProperties("agent")
public class AgentProperties {

	/** The vendor's descriptor of the plug-in's Extension records (YAML or JSON). */
	private Path descriptor = Path.of("/etc/solution-agent/extension.yaml");

	/** The plug-in server's certificate, for ${appliance.thumbprint}. */
	private Path certificate;

	/** An OVF environment file to read instead of the guestinfo and ISO transports. */
	private Path ovfEnv;

	/** Build and print the body without sending it. */
	private boolean dryRun;

	/** Print the real token in the dry-run header line. */
	private boolean showToken;

	/** The folder for result.json and the done marker. */
	private Path stateDir = Path.of("/var/lib/solution-agent");

	/** Register even when the done marker says an earlier boot did. */
	private boolean force;

	/** Do not fetch the plug-in manifest before registering. */
	private boolean skipPreflight;

	/** A live https URL whose certificate the thumbprint command reads. */
	private URI thumbprintUrl;

	private final Payload payload = new Payload();

	private final Http http = new Http();

	private final Retry retry = new Retry();

	private final Window window = new Window();

	private final Appliance appliance = new Appliance();

	private final Transport transport = new Transport();

	private final Simulator simulator = new Simulator();

	public Path getDescriptor() {
		return this.descriptor;
	}

	public void setDescriptor(Path descriptor) {
		this.descriptor = descriptor;
	}

	public Path getCertificate() {
		return this.certificate;
	}

	public void setCertificate(Path certificate) {
		this.certificate = certificate;
	}

	public Path getOvfEnv() {
		return this.ovfEnv;
	}

	public void setOvfEnv(Path ovfEnv) {
		this.ovfEnv = ovfEnv;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public boolean isShowToken() {
		return this.showToken;
	}

	public void setShowToken(boolean showToken) {
		this.showToken = showToken;
	}

	public Path getStateDir() {
		return this.stateDir;
	}

	public void setStateDir(Path stateDir) {
		this.stateDir = stateDir;
	}

	public boolean isForce() {
		return this.force;
	}

	public void setForce(boolean force) {
		this.force = force;
	}

	public boolean isSkipPreflight() {
		return this.skipPreflight;
	}

	public void setSkipPreflight(boolean skipPreflight) {
		this.skipPreflight = skipPreflight;
	}

	public URI getThumbprintUrl() {
		return this.thumbprintUrl;
	}

	public void setThumbprintUrl(URI thumbprintUrl) {
		this.thumbprintUrl = thumbprintUrl;
	}

	public Http getHttp() {
		return this.http;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Window getWindow() {
		return this.window;
	}

	public Payload getPayload() {
		return this.payload;
	}

	public Appliance getAppliance() {
		return this.appliance;
	}

	public Transport getTransport() {
		return this.transport;
	}

	public Simulator getSimulator() {
		return this.simulator;
	}

	public static class Http {

		private static final HttpSettings DEFAULTS = HttpSettings.defaults();

		/** Connect (and TLS handshake) timeout. */
		private Duration connectTimeout = DEFAULTS.connectTimeout();

		/** Response timeout. */
		private Duration readTimeout = DEFAULTS.readTimeout();

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

	}

	public static class Retry {

		private static final RetrySettings DEFAULTS = RetrySettings.defaults();

		/** The wait after the first failed attempt. */
		private Duration initialDelay = DEFAULTS.initialDelay();

		/** The longest wait between attempts (a Retry-After may ask for more). */
		private Duration maxDelay = DEFAULTS.maxDelay();

		/** The growth of the wait per failed attempt. */
		private double multiplier = DEFAULTS.multiplier();

		/** The random spread of each wait, as a fraction. */
		private double jitter = DEFAULTS.jitter();

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

	}

	public static class Window {

		/** When the appliance was deployed; the system's boot time when unset. */
		private Instant deployedAt;

		/** Where the boot time is read from. */
		private Path bootTimeFile = Path.of("/proc/stat");

		/** How long the token lives after deployment. */
		private Duration lifetime = TokenWindow.TOKEN_LIFETIME;

		/** How long before the end of the window the agent stops trying. */
		private Duration margin = Duration.ofMinutes(1);

		public Instant getDeployedAt() {
			return this.deployedAt;
		}

		public void setDeployedAt(Instant deployedAt) {
			this.deployedAt = deployedAt;
		}

		public Path getBootTimeFile() {
			return this.bootTimeFile;
		}

		public void setBootTimeFile(Path bootTimeFile) {
			this.bootTimeFile = bootTimeFile;
		}

		public Duration getLifetime() {
			return this.lifetime;
		}

		public void setLifetime(Duration lifetime) {
			this.lifetime = lifetime;
		}

		public Duration getMargin() {
			return this.margin;
		}

		public void setMargin(Duration margin) {
			this.margin = margin;
		}

	}

	public static class Payload {

		/** auto, list or per-guid. */
		private String shape = "auto";

		public String getShape() {
			return this.shape;
		}

		public void setShape(String shape) {
			this.shape = shape;
		}

	}

	public static class Appliance {

		/** This appliance's address for ${appliance.address}. */
		private String address;

		/** An OVF property that holds this appliance's address. */
		private String addressProperty;

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getAddressProperty() {
			return this.addressProperty;
		}

		public void setAddressProperty(String addressProperty) {
			this.addressProperty = addressProperty;
		}

	}

	public static class Transport {

		private static final TransportSettings DEFAULTS = TransportSettings.defaults();

		private String rpctool = DEFAULTS.rpctool();

		private String vmtoolsd = DEFAULTS.vmtoolsd();

		private Path mountTable = DEFAULTS.mountTable();

		private List<Path> devices = new ArrayList<>(DEFAULTS.devices());

		private String mount = DEFAULTS.mountProgram();

		private String umount = DEFAULTS.umountProgram();

		private Duration programTimeout = DEFAULTS.programTimeout();

		private int maxBytes = DEFAULTS.maxBytes();

		public String getRpctool() {
			return this.rpctool;
		}

		public void setRpctool(String rpctool) {
			this.rpctool = rpctool;
		}

		public String getVmtoolsd() {
			return this.vmtoolsd;
		}

		public void setVmtoolsd(String vmtoolsd) {
			this.vmtoolsd = vmtoolsd;
		}

		public Path getMountTable() {
			return this.mountTable;
		}

		public void setMountTable(Path mountTable) {
			this.mountTable = mountTable;
		}

		public List<Path> getDevices() {
			return this.devices;
		}

		public void setDevices(List<Path> devices) {
			this.devices = devices;
		}

		public String getMount() {
			return this.mount;
		}

		public void setMount(String mount) {
			this.mount = mount;
		}

		public String getUmount() {
			return this.umount;
		}

		public void setUmount(String umount) {
			this.umount = umount;
		}

		public Duration getProgramTimeout() {
			return this.programTimeout;
		}

		public void setProgramTimeout(Duration programTimeout) {
			this.programTimeout = programTimeout;
		}

		public int getMaxBytes() {
			return this.maxBytes;
		}

		public void setMaxBytes(int maxBytes) {
			this.maxBytes = maxBytes;
		}

	}

	/**
	 * The {@code simulate} command's local vCenter and its faults.
	 */
	public static class Simulator {

		private static final SimulatorSettings DEFAULTS = SimulatorSettings.defaults();

		private int port = DEFAULTS.port();

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

		private boolean otherCertificate;

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

		public boolean isOtherCertificate() {
			return this.otherCertificate;
		}

		public void setOtherCertificate(boolean otherCertificate) {
			this.otherCertificate = otherCertificate;
		}

	}

}
