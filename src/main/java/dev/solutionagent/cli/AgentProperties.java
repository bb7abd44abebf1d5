package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;

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

	/**
	 * How long the preflight may retry fetching the plug-in manifest (within the token
	 * window).
	 */
	private Duration preflightTimeout = Duration.ofMinutes(5);

	/** Accept http:// plug-in URLs (a warning then, not an error). */
	private boolean allowHttp;

	/**
	 * A live server, https://HOST[:PORT] or HOST:PORT, whose certificate thumbprint
	 * reads.
	 */
	private String thumbprintUrl;

	private final PayloadProperties payload = new PayloadProperties();

	private final HttpProperties http = new HttpProperties();

	private final RetryProperties retry = new RetryProperties();

	private final WindowProperties window = new WindowProperties();

	private final ApplianceProperties appliance = new ApplianceProperties();

	private final TransportProperties transport = new TransportProperties();

	private final SimulatorProperties simulator = new SimulatorProperties();

	private final OvfProperties ovf = new OvfProperties();

	private final VcenterProperties vcenter = new VcenterProperties();

	private final ExtensionProperties extension = new ExtensionProperties();

	private final PlanProperties plan = new PlanProperties();

	private final ValidateProperties validate = new ValidateProperties();

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

	public Duration getPreflightTimeout() {
		return this.preflightTimeout;
	}

	public void setPreflightTimeout(Duration preflightTimeout) {
		this.preflightTimeout = preflightTimeout;
	}

	public boolean isAllowHttp() {
		return this.allowHttp;
	}

	public void setAllowHttp(boolean allowHttp) {
		this.allowHttp = allowHttp;
	}

	public String getThumbprintUrl() {
		return this.thumbprintUrl;
	}

	public void setThumbprintUrl(String thumbprintUrl) {
		this.thumbprintUrl = thumbprintUrl;
	}

	public HttpProperties getHttp() {
		return this.http;
	}

	public RetryProperties getRetry() {
		return this.retry;
	}

	public WindowProperties getWindow() {
		return this.window;
	}

	public PayloadProperties getPayload() {
		return this.payload;
	}

	public ApplianceProperties getAppliance() {
		return this.appliance;
	}

	public TransportProperties getTransport() {
		return this.transport;
	}

	public SimulatorProperties getSimulator() {
		return this.simulator;
	}

	public VcenterProperties getVcenter() {
		return this.vcenter;
	}

	public ExtensionProperties getExtension() {
		return this.extension;
	}

	public PlanProperties getPlan() {
		return this.plan;
	}

	public OvfProperties getOvf() {
		return this.ovf;
	}

	public ValidateProperties getValidate() {
		return this.validate;
	}

}
