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

	private final Vcenter vcenter = new Vcenter();

	private final Extension extension = new Extension();

	private final Plan plan = new Plan();

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

	public Vcenter getVcenter() {
		return this.vcenter;
	}

	public Extension getExtension() {
		return this.extension;
	}

	public Plan getPlan() {
		return this.plan;
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
	 * The vCenter the extension commands talk to, and how they log in. The password has
	 * no option: it comes from the credentials file, AGENT_VCENTER_PASSWORD or a prompt.
	 */
	public static class Vcenter {

		/** The vCenter: https://HOST[:PORT][/sdk]. */
		private String url;

		/** The thumbprint vCenter's certificate must have (SHA-256, or SHA-1). */
		private String thumbprint;

		/** A file of username= and password= lines, mode 0600. */
		private Path credentials;

		/** The vCenter user, when no credentials file is given. */
		private String username;

		/** The vCenter password, when no credentials file is given (environment only). */
		private String password;

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getThumbprint() {
			return this.thumbprint;
		}

		public void setThumbprint(String thumbprint) {
			this.thumbprint = thumbprint;
		}

		public Path getCredentials() {
			return this.credentials;
		}

		public void setCredentials(Path credentials) {
			this.credentials = credentials;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	public static class Extension {

		/** The extension key for info and unregister (default: the descriptor's keys). */
		private String key;

		/** What register does with a key already registered: refuse or update. */
		private String onExisting = "refuse";

		/** Replace an existing registration (the same as on-existing=update). */
		private boolean update;

		/** Print info as JSON, in the form plan reads. */
		private boolean json;

		private final Simulator simulator = new Simulator();

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getOnExisting() {
			return this.onExisting;
		}

		public void setOnExisting(String onExisting) {
			this.onExisting = onExisting;
		}

		public boolean isUpdate() {
			return this.update;
		}

		public void setUpdate(boolean update) {
			this.update = update;
		}

		public boolean isJson() {
			return this.json;
		}

		public void setJson(boolean json) {
			this.json = json;
		}

		public Simulator getSimulator() {
			return this.simulator;
		}

		public static class Simulator {

			/** The port of the vim25 simulator (0 picks a free one). */
			private int port = 8989;

			/** Where the simulator writes its user's credentials file. */
			private Path credentialsOut = Path.of("vcenter-simulator.cred");

			/** How long the simulator runs; unset runs until stopped. */
			private Duration runFor;

			public int getPort() {
				return this.port;
			}

			public void setPort(int port) {
				this.port = port;
			}

			public Path getCredentialsOut() {
				return this.credentialsOut;
			}

			public void setCredentialsOut(Path credentialsOut) {
				this.credentialsOut = credentialsOut;
			}

			public Duration getRunFor() {
				return this.runFor;
			}

			public void setRunFor(Duration runFor) {
				this.runFor = runFor;
			}

		}

	}

	public static class Plan {

		/** Registration records (JSON or YAML), one record or a list per file. */
		private List<Path> from = new ArrayList<>();

		/** Records to apply over those of --from, to see what the change does. */
		private Path change;

		/** Print the plan as JSON. */
		private boolean json;

		public List<Path> getFrom() {
			return this.from;
		}

		public void setFrom(List<Path> from) {
			this.from = from;
		}

		public Path getChange() {
			return this.change;
		}

		public void setChange(Path change) {
			this.change = change;
		}

		public boolean isJson() {
			return this.json;
		}

		public void setJson(boolean json) {
			this.json = json;
		}

	}

}
