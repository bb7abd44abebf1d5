package dev.solutionagent.simulator.vim;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.solutionagent.vim.MoRef;
import dev.solutionagent.vim.VimXml;
import org.w3c.dom.Element;

/**
 * Reads one SOAP request and answers it, as strictly as vCenter's deserializer: the body
 * must be a vim25 method in namespace {@code urn:vim25} with the SOAPAction header naming
 * a vim25 version, {@code _this} a typed reference to the right managed object, and the
 * parameters in WSDL order; then the session is checked and the method runs.
 */
final class VimRequests {

	static final MoRef SESSION_MANAGER = new MoRef("SessionManager", "SessionManager");

	static final MoRef EXTENSION_MANAGER = new MoRef("ExtensionManager", "ExtensionManager");

	static final MoRef PROPERTY_COLLECTOR = new MoRef("PropertyCollector", "propertyCollector");

	static final String COOKIE = "vmware_soap_session";

	/** The API version the simulator reports, that of vCenter 8.0 U3. */
	static final String API_VERSION = "8.0.3.0";

	private final Map<String, String> users;

	private final Map<String, String> sessions = new ConcurrentHashMap<>();

	private final SimulatedExtensionManager extensionManager = new SimulatedExtensionManager();

	private final SecureRandom random = new SecureRandom();

	VimRequests(Map<String, String> users) {
		this.users = Map.copyOf(users);
	}

	Call answer(String soapAction, String cookieHeader, byte[] body) {
		Element request;
		try {
			request = VimXml.bodyContent(VimXml.parse(body));
		}
		catch (IllegalArgumentException ex) {
			return new Call("?", SoapAnswer.invalidRequest("The request body " + ex.getMessage()));
		}
		String method = request.getLocalName();
		if (!VimXml.VIM25_NS.equals(request.getNamespaceURI()) || !WsdlShapes.knows(method)) {
			return new Call(method, SoapAnswer.fault("MethodNotFound",
					"Unable to resolve WSDL method name {%s}%s".formatted(request.getNamespaceURI(), method), (xml) -> {
					}));
		}
		String action = (soapAction != null) ? soapAction.replace("\"", "") : "";
		if (!action.matches("urn:vim25/\\d[\\w.]*")) {
			return new Call(method, SoapAnswer
				.invalidRequest("SOAPAction '" + action + "' names no vim25 version; send urn:vim25/<version>"));
		}
		Optional<String> malformed = WsdlShapes.check(request, method);
		if (malformed.isPresent()) {
			return new Call(method, SoapAnswer.invalidRequest(malformed.get()));
		}
		return new Call(method, run(method, request, session(cookieHeader)));
	}

	private SoapAnswer run(String method, Element request, Optional<String> session) {
		MoRef target = MoRef.of(VimXml.child(request, "_this").orElseThrow());
		MoRef expected = switch (method) {
			case "RetrieveServiceContent" -> MoRef.SERVICE_INSTANCE;
			case "Login", "Logout" -> SESSION_MANAGER;
			case "RetrievePropertiesEx" -> PROPERTY_COLLECTOR;
			default -> EXTENSION_MANAGER;
		};
		if (!target.equals(expected)) {
			return SoapAnswer.managedObjectNotFound(target);
		}
		if (method.equals("RetrieveServiceContent")) {
			return SoapAnswer.ok(method, ServiceContent::write);
		}
		if (method.equals("Login")) {
			return login(request);
		}
		if (session.isEmpty()) {
			return SoapAnswer.notAuthenticated(target);
		}
		return switch (method) {
			case "Logout" -> logout(session.get());
			case "FindExtension" -> this.extensionManager.find(request);
			case "RetrievePropertiesEx" -> this.extensionManager.retrieve(request);
			case "RegisterExtension" -> this.extensionManager.register(request);
			case "UpdateExtension" -> this.extensionManager.update(request);
			default -> this.extensionManager.unregister(request);
		};
	}

	private SoapAnswer login(Element request) {
		String user = VimXml.text(request, "userName").orElse("");
		String password = VimXml.text(request, "password").orElse("");
		if (!password.equals(this.users.get(user))) {
			return SoapAnswer.invalidLogin();
		}
		String id = nextId();
		this.sessions.put(id, user);
		return SoapAnswer.ok("Login", (xml) -> ServiceContent.userSession(xml, id, user))
			.withCookie(COOKIE + "=\"" + id + "\"; Path=/; HttpOnly; Secure;");
	}

	private String nextId() {
		byte[] id = new byte[20];
		this.random.nextBytes(id);
		return HexFormat.of().formatHex(id);
	}

	private SoapAnswer logout(String session) {
		this.sessions.remove(session);
		return SoapAnswer.empty("Logout");
	}

	// The ID of the open session a "Cookie: vmware_soap_session=\"...\"" header names.
	private Optional<String> session(String cookieHeader) {
		if (cookieHeader == null) {
			return Optional.empty();
		}
		for (String pair : cookieHeader.split(";")) {
			String[] parts = pair.strip().split("=", 2);
			if (parts.length == 2 && parts[0].equals(COOKIE)) {
				String id = parts[1].replace("\"", "");
				return this.sessions.containsKey(id) ? Optional.of(id) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	int openSessions() {
		return this.sessions.size();
	}

	SimulatedExtensionManager extensionManager() {
		return this.extensionManager;
	}

	/**
	 * A method name and the answer to it.
	 *
	 * @param method the vim25 method, {@code ?} when the body named none
	 * @param answer the answer
	 */
	record Call(String method, SoapAnswer answer) {

	}

}
