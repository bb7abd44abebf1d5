package dev.solutionagent.vim;

import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.PinnedClient;
import dev.solutionagent.delivery.PinnedEndpoint;
import dev.solutionagent.tls.Thumbprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * A logged-in session with vCenter's vim25 SOAP API over TLS pinned to one thumbprint:
 * RetrieveServiceContent, SessionManager.Login, the ExtensionManager's methods, and
 * Logout on {@link #close()}. Request bodies are never logged: Login's holds the
 * password.
 */
public final class VimClient implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(VimClient.class);

	private static final String EXTENSION_LIST = "extensionList";

	private final VimTransport transport;

	private final MoRef sessionManager;

	private final MoRef extensionManager;

	private final MoRef propertyCollector;

	private VimClient(VimTransport transport, MoRef sessionManager, MoRef extensionManager, MoRef propertyCollector) {
		this.transport = transport;
		this.sessionManager = sessionManager;
		this.extensionManager = extensionManager;
		this.propertyCollector = propertyCollector;
	}

	/**
	 * Connect, read the service content and log in.
	 * @param endpoint the vCenter's {@code /sdk} URL
	 * @param pin the thumbprint vCenter's leaf certificate must have
	 * @param settings timeouts and User-Agent
	 * @param credentials the user and password
	 * @return the logged-in client; close it to log out
	 * @throws VimException for a pin mismatch (nothing is sent), an unreachable vCenter,
	 * or refused credentials
	 */
	public static VimClient login(VimEndpoint endpoint, Thumbprint pin, HttpSettings settings,
			Credentials credentials) {
		VimTransport transport = new VimTransport(endpoint,
				PinnedClient.create(new PinnedEndpoint(endpoint.uri(), pin), settings), settings.exchangeTimeout());
		try {
			Element content = transport.call("RetrieveServiceContent", MoRef.SERVICE_INSTANCE, "", (xml) -> {
			})
				.returnval()
				.orElseThrow(() -> new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, endpoint.peer(),
						"vCenter " + endpoint.peer() + " answered RetrieveServiceContent without service content"));
			MoRef sessionManager = reference(content, "sessionManager", endpoint);
			MoRef extensionManager = reference(content, "extensionManager", endpoint);
			MoRef propertyCollector = reference(content, "propertyCollector", endpoint);
			logger.info("vCenter {}: {}", endpoint.peer(),
					VimXml.child(content, "about").flatMap((about) -> VimXml.text(about, "fullName")).orElse("?"));
			transport.login(sessionManager, credentials);
			return new VimClient(transport, sessionManager, extensionManager, propertyCollector);
		}
		catch (RuntimeException ex) {
			transport.close();
			throw ex;
		}
	}

	private static MoRef reference(Element content, String name, VimEndpoint endpoint) {
		return VimXml.child(content, name)
			.map(MoRef::of)
			.orElseThrow(() -> new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, endpoint.peer(),
					"vCenter %s has no %s in its service content; is --vcenter a vCenter (not an ESXi host)?"
						.formatted(endpoint.peer(), name)));
	}

	/**
	 * The RegisterExtension envelope of an extension, for a dry run: the bytes
	 * {@link #register} sends.
	 * @param extension the prepared record
	 * @return the SOAP envelope
	 */
	public static String registerEnvelope(SoapExtension extension) {
		return VimTransport.request("RegisterExtension", new MoRef("ExtensionManager", "ExtensionManager"),
				(xml) -> ExtensionXml.write(xml, "extension", extension.json()));
	}

	/**
	 * The registration of a key.
	 * @param key the extension key
	 * @return the extension, empty when the key is not registered
	 */
	public Optional<RegisteredExtension> find(String key) {
		return this.transport
			.call("FindExtension", this.extensionManager, key,
					(xml) -> SoapEnvelope.textElement(xml, "extensionKey", key))
			.returnval()
			.map(RegisteredExtension::of);
	}

	/**
	 * Every registered extension, as {@code govc extension.info} lists them: the
	 * ExtensionManager's {@code extensionList}, read with the PropertyCollector.
	 * @return the extensions, in vCenter's order
	 */
	public List<RegisteredExtension> list() {
		Optional<Element> result = this.transport.call("RetrievePropertiesEx", this.propertyCollector, "", (xml) -> {
			xml.writeStartElement(VimXml.VIM25_NS, "specSet");
			xml.writeStartElement(VimXml.VIM25_NS, "propSet");
			SoapEnvelope.textElement(xml, "type", this.extensionManager.type());
			SoapEnvelope.textElement(xml, "pathSet", EXTENSION_LIST);
			xml.writeEndElement();
			xml.writeStartElement(VimXml.VIM25_NS, "objectSet");
			this.extensionManager.write(xml, "obj");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement(VimXml.VIM25_NS, "options");
			xml.writeEndElement();
		}).returnval();
		return result.stream()
			.flatMap((returnval) -> VimXml.children(returnval, "objects").stream())
			.flatMap((objects) -> VimXml.children(objects, "propSet").stream())
			.filter((property) -> VimXml.text(property, "name").filter(EXTENSION_LIST::equals).isPresent())
			.flatMap((property) -> VimXml.child(property, "val").stream())
			.flatMap((val) -> VimXml.elements(val).stream())
			.map(RegisteredExtension::of)
			.toList();
	}

	public void register(SoapExtension extension) {
		this.transport.call("RegisterExtension", this.extensionManager, extension.key(),
				(xml) -> ExtensionXml.write(xml, "extension", extension.json()));
	}

	public void update(SoapExtension extension) {
		this.transport.call("UpdateExtension", this.extensionManager, extension.key(),
				(xml) -> ExtensionXml.write(xml, "extension", extension.json()));
	}

	public void unregister(String key) {
		this.transport.call("UnregisterExtension", this.extensionManager, key,
				(xml) -> SoapEnvelope.textElement(xml, "extensionKey", key));
	}

	/**
	 * The vCenter's host and port.
	 * @return for messages and records
	 */
	public String peer() {
		return this.transport.endpoint().peer();
	}

	/**
	 * Log out (a failure is logged, not thrown: the work is done) and close the
	 * connection.
	 */
	@Override
	public void close() {
		try {
			this.transport.call("Logout", this.sessionManager, "", (xml) -> {
			});
		}
		catch (RuntimeException ex) {
			logger.warn("Logout from vCenter {} failed: {}", peer(), ex.getMessage());
		}
		finally {
			this.transport.close();
		}
	}

}
