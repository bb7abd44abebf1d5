package dev.solutionagent.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.solutionagent.environment.Secret;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.tls.Thumbprint;

/**
 * A local vCenter solution-install endpoint over HTTPS with a certificate made at start:
 * issues a one-time token and target vCenters, writes a matching ovf-env.xml, checks and
 * records what clients POST, and injects {@link Faults}. Thread-safe.
 */
public final class SolutionInstallSimulator implements AutoCloseable {

	/** The path of the solution-install API. */
	public static final String PATH = SolutionInstallEndpoint.PATH;

	/** The header that carries the token. */
	public static final String TOKEN_HEADER = SolutionInstallEndpoint.TOKEN_HEADER;

	private final Identity identity;

	private final FaultState faults;

	private final SolutionInstallEndpoint endpoint;

	private final SimulatorHandler handler;

	private final SimulatorServer server;

	private final SimulatorServer pluginServer;

	private final AtomicBoolean closed = new AtomicBoolean();

	private SolutionInstallSimulator(Identity identity, FaultState faults, SolutionInstallEndpoint endpoint,
			SimulatorHandler handler, SimulatorServer server, SimulatorServer pluginServer) {
		this.identity = identity;
		this.faults = faults;
		this.endpoint = endpoint;
		this.handler = handler;
		this.server = server;
		this.pluginServer = pluginServer;
	}

	public static SolutionInstallSimulator start(SimulatorSettings settings) {
		return start(settings, Faults.none());
	}

	/**
	 * Generate the certificates and token, bind, and start serving.
	 * @param settings what the simulated vCenter looks like
	 * @param faults the faults to inject from the first request on
	 * @return the running simulator; close it to stop
	 * @throws SimulatorException when the address cannot be bound
	 */
	public static SolutionInstallSimulator start(SimulatorSettings settings, Faults faults) {
		Identity identity = Identity.create(settings);
		FaultState state = new FaultState(faults);
		SolutionInstallEndpoint endpoint = new SolutionInstallEndpoint(identity.token(), identity.targets(),
				settings.clock());
		SimulatorHandler handler = new SimulatorHandler(endpoint, state, settings.clock());
		SwitchingSslContext context = new SwitchingSslContext(
				() -> state.current().otherCertificate() ? identity.otherTls() : identity.tls());
		SimulatorServer server = SimulatorServer.start(settings.host(), settings.port(), context, handler);
		// The plug-in server listens on its own port, so its certificate can fail apart
		// from vCenter's.
		SwitchingSslContext pluginContext = new SwitchingSslContext(
				() -> state.current().otherPluginCertificate() ? identity.otherTls() : identity.tls());
		SimulatorServer pluginServer;
		try {
			pluginServer = SimulatorServer.start(settings.host(), settings.pluginPort(), pluginContext, handler);
		}
		catch (RuntimeException ex) {
			server.stop();
			throw ex;
		}
		return new SolutionInstallSimulator(identity, state, endpoint, handler, server, pluginServer);
	}

	/**
	 * The address the simulator listens on.
	 * @return the bound address, with the real port
	 */
	public InetSocketAddress address() {
		return this.server.address();
	}

	/**
	 * The address the plug-in server listens on: the appliance address to give
	 * {@code register}, as {@code HOST:PORT}.
	 * @return the bound address, with the real port
	 */
	public InetSocketAddress pluginAddress() {
		return this.pluginServer.address();
	}

	/**
	 * The plug-in server as {@code register --appliance-address} takes it.
	 * @return {@code HOST:PORT}, with the advertised host
	 */
	public String applianceAddress() {
		return this.identity.settings().advertisedHost() + ":" + pluginAddress().getPort();
	}

	/**
	 * The solution-install endpoint, as written to {@code postDeployData.endpoint}.
	 * @return {@code https://HOST:PORT/api/ui/solutioninstall}
	 */
	public URI endpoint() {
		return uri(PATH);
	}

	/**
	 * A sample remote plug-in manifest, served by the plug-in server (and, for clients
	 * that put the manifest on vCenter's address, by the endpoint too).
	 * @return {@code https://HOST:PLUGINPORT/plugin/plugin.json}
	 */
	public URI manifestUrl() {
		return uri(pluginAddress().getPort(), SimulatorHandler.MANIFEST_PATH);
	}

	/**
	 * What was registered, as JSON, for demos.
	 * @return {@code https://HOST:PORT/simulator/registrations}
	 */
	public URI registrationsUrl() {
		return uri(SimulatorHandler.REGISTRATIONS_PATH);
	}

	private URI uri(String path) {
		return uri(address().getPort(), path);
	}

	private URI uri(int port, String path) {
		try {
			return new URI("https", null, this.identity.settings().advertisedHost(), port, path, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The SHA-256 thumbprint of the certificate written to the OVF environment: the one a
	 * pinned client must see.
	 * @return the thumbprint
	 */
	public Thumbprint thumbprint() {
		return this.identity.certificate().sha256();
	}

	public X509Certificate certificate() {
		return this.identity.certificate().certificate();
	}

	/**
	 * The thumbprint of the certificate presented under {@link Faults#otherCertificate()}
	 * and {@link Faults#otherPluginCertificate()}.
	 * @return a thumbprint that matches nothing the simulator wrote
	 */
	public Thumbprint otherThumbprint() {
		return this.identity.otherCertificate().sha256();
	}

	/**
	 * The target vCenters, {@code vcsa-01.simulator.local} and on, with random GUIDs.
	 * @return the targets in index order
	 */
	public List<TargetVcenter> targets() {
		return this.identity.targets();
	}

	/**
	 * The token issued at start. Its value leaves the simulator only through
	 * {@link Secret#reveal()} and the ovf-env.xml file.
	 * @return the token
	 */
	public Secret token() {
		return this.identity.token().value();
	}

	public Instant tokenExpiresAt() {
		return this.identity.token().expiresAt();
	}

	public boolean tokenUsed() {
		return this.endpoint.tokenUsed();
	}

	public Faults faults() {
		return this.faults.current();
	}

	/**
	 * Replace the faults; their counts start again from zero. New TLS connections see the
	 * certificate the new faults ask for; open connections keep theirs.
	 * @param faults the new faults
	 */
	public void faults(Faults faults) {
		this.faults.replace(faults);
	}

	/**
	 * Every request received, in order, the token header redacted (see
	 * {@link RecordedRequest#presentedToken()}). A handshake that fails records nothing.
	 * @return the requests so far (the last 1000)
	 */
	public List<RecordedRequest> requests() {
		return this.handler.requests();
	}

	public List<Registration> registrations() {
		return this.endpoint.registrations();
	}

	public SimulatorSettings settings() {
		return this.identity.settings();
	}

	/**
	 * Write the OVF environment vSphere would inject into the appliance, mode 0600.
	 * @param file the file to write or replace
	 * @throws SimulatorException when it cannot be written
	 */
	public void writeOvfEnvironment(Path file) {
		try {
			OvfEnvironmentWriter.writePrivate(file, OvfEnvironmentWriter
				.document(this.identity.ovfProperties(endpoint()), this.settings().targetVersion().orElse("8.0.2")));
		}
		catch (IOException ex) {
			throw new SimulatorException("cannot write the OVF environment to %s (%s)".formatted(file, ex), ex);
		}
	}

	/**
	 * Write the certificate the simulator serves as PEM, mode 0644; a demo can pass it as
	 * the plug-in server's certificate.
	 * @param file the file to write or replace
	 * @throws SimulatorException when it cannot be written
	 */
	public void writeCertificatePem(Path file) {
		try {
			this.identity.certificate().writeCertificatePem(file);
		}
		catch (UncheckedIOException ex) {
			throw new SimulatorException(ex.getMessage(), ex);
		}
	}

	/**
	 * Stop at once: open connections are closed and delayed answers are never written.
	 * Closing again does nothing.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.server.stop();
			this.pluginServer.stop();
		}
	}

}
