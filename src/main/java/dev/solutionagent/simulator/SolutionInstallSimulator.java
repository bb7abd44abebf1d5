package dev.solutionagent.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import dev.solutionagent.environment.Secret;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.tls.PinnedTls;
import dev.solutionagent.tls.SelfSignedCertificate;
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

	private final HttpsServer server;

	private final ExecutorService executor;

	private SolutionInstallSimulator(Identity identity, FaultState faults, HttpsServer server, ExecutorService executor,
			SolutionInstallEndpoint endpoint, SimulatorHandler handler) {
		this.identity = identity;
		this.faults = faults;
		this.server = server;
		this.executor = executor;
		this.endpoint = endpoint;
		this.handler = handler;
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
		SimulatorHandler handler = new SimulatorHandler(endpoint, state, settings.clock(), manifest());
		SwitchingSslContext context = new SwitchingSslContext(
				() -> state.current().otherCertificate() ? identity.otherTls() : identity.tls());
		AtomicInteger threads = new AtomicInteger();
		ExecutorService executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "solution-install-simulator-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			HttpsServer server = HttpsServer
				.create(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(context) {
				@Override
				public void configure(HttpsParameters params) {
					SSLParameters parameters = context.getDefaultSSLParameters();
					parameters.setProtocols(PinnedTls.PROTOCOLS);
					params.setSSLParameters(parameters);
				}
			});
			server.createContext("/", handler);
			server.setExecutor(executor);
			server.start();
			return new SolutionInstallSimulator(identity, state, server, executor, endpoint, handler);
		}
		catch (IOException ex) {
			executor.shutdownNow();
			throw new SimulatorException("the simulator cannot listen on %s port %d (%s); pick another --port"
				.formatted(settings.host(), settings.port(), ex.getMessage()), ex);
		}
	}

	private static byte[] manifest() {
		try (InputStream in = SolutionInstallSimulator.class.getResourceAsStream("plugin.json")) {
			if (in == null) {
				throw new IllegalStateException("plugin.json is missing from the simulator's resources");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The address the simulator listens on.
	 * @return the bound address, with the real port
	 */
	public InetSocketAddress address() {
		return this.server.getAddress();
	}

	/**
	 * The solution-install endpoint, as written to {@code postDeployData.endpoint}.
	 * @return {@code https://HOST:PORT/api/ui/solutioninstall}
	 */
	public URI endpoint() {
		return uri(PATH);
	}

	/**
	 * A sample remote plug-in manifest, served over the same TLS.
	 * @return {@code https://HOST:PORT/plugin/plugin.json}
	 */
	public URI manifestUrl() {
		return uri(SimulatorHandler.MANIFEST_PATH);
	}

	/**
	 * What was registered, as JSON, for demos.
	 * @return {@code https://HOST:PORT/simulator/registrations}
	 */
	public URI registrationsUrl() {
		return uri(SimulatorHandler.REGISTRATIONS_PATH);
	}

	private URI uri(String path) {
		try {
			return new URI("https", null, this.identity.settings().host(), address().getPort(), path, null, null);
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
	 * The thumbprint of the certificate presented under
	 * {@link Faults#otherCertificate()}.
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
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
