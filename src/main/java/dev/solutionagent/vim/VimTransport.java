package dev.solutionagent.vim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.Answer;
import dev.solutionagent.delivery.ExchangeFailure;
import dev.solutionagent.delivery.PinnedClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * One SOAP call at a time over the pinned client, with the session cookie;
 * {@link VimOutcomes} decides what each answer or failure means.
 */
final class VimTransport implements AutoCloseable {

	/**
	 * The API version asked for. vCenter 7.0 is the first with remote plug-ins, every
	 * field the agent writes exists in its schema, and later releases keep serving older
	 * versions; a newer version would make 7.0 refuse every call.
	 */
	static final String SOAP_ACTION = "urn:vim25/7.0";

	/** The session cookie vCenter sets and expects back on every call. */
	static final String SESSION_COOKIE = "vmware_soap_session";

	private static final Logger logger = LoggerFactory.getLogger(VimTransport.class);

	private static final MediaType TEXT_XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

	private final VimEndpoint endpoint;

	private final PinnedClient http;

	private final Duration exchangeTimeout;

	private volatile @Nullable String cookie;

	/**
	 * Create a transport.
	 * @param endpoint the vCenter
	 * @param http the pinned client
	 * @param exchangeTimeout the most one call may take, connect to last byte
	 */
	VimTransport(VimEndpoint endpoint, PinnedClient http, Duration exchangeTimeout) {
		this.endpoint = endpoint;
		this.http = http;
		this.exchangeTimeout = exchangeTimeout;
	}

	VimEndpoint endpoint() {
		return this.endpoint;
	}

	void login(MoRef sessionManager, Credentials credentials) {
		call("Login", sessionManager, "", (xml) -> {
			SoapEnvelope.textElement(xml, "userName", credentials.username());
			SoapEnvelope.textElement(xml, "password", credentials.password().reveal());
		});
		if (this.cookie == null) {
			throw new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, this.endpoint.peer(),
					"vCenter " + this.endpoint.peer() + " answered Login without a " + SESSION_COOKIE
							+ " cookie; is it a vCenter?");
		}
		logger.info("Logged in to vCenter {} as {}", this.endpoint.peer(), credentials.username());
	}

	/**
	 * Call a vim25 method.
	 * @param method the method, such as {@code FindExtension}
	 * @param target the {@code _this} reference
	 * @param key the extension key the call is about, for messages
	 * @param parameters writes the parameters after {@code _this}, in WSDL order
	 * @return the response element
	 * @throws VimException for a fault, a TLS failure, or no usable answer
	 */
	Response call(String method, MoRef target, String key, SoapEnvelope.Content parameters) {
		byte[] body = request(method, target, parameters).getBytes(StandardCharsets.UTF_8);
		logger.debug("{} on {} ({} bytes)", method, this.endpoint.peer(), body.length);
		Answer answer;
		try {
			answer = this.http.exchange(this.exchangeTimeout, VimXml.MAX_BYTES,
					(rest) -> rest.post()
						.uri(this.endpoint.uri())
						.contentType(TEXT_XML)
						.accept(MediaType.TEXT_XML)
						.header("SOAPAction", SOAP_ACTION)
						.headers((headers) -> {
							if (this.cookie != null) {
								headers.set(HttpHeaders.COOKIE, this.cookie);
							}
						})
						.body(body));
		}
		catch (ExchangeFailure ex) {
			throw VimOutcomes.failure(this.endpoint, ex);
		}
		VimOutcomes.checkComplete(this.endpoint, method, answer);
		sessionCookie(answer).ifPresent((value) -> this.cookie = value);
		return new Response(VimOutcomes.interpret(this.endpoint, method, key, answer.status(), answer.body()));
	}

	/**
	 * The envelope of a call: {@code <Method xmlns="urn:vim25">}, then {@code _this} as a
	 * typed reference, then the parameters.
	 * @param method the method
	 * @param target the {@code _this} reference
	 * @param parameters writes the parameters
	 * @return the envelope
	 */
	static String request(String method, MoRef target, SoapEnvelope.Content parameters) {
		return SoapEnvelope.envelope((xml) -> {
			SoapEnvelope.startVimElement(xml, method);
			target.write(xml, "_this");
			parameters.write(xml);
			xml.writeEndElement();
		});
	}

	@Override
	public void close() {
		this.http.close();
	}

	/**
	 * The body content of a successful answer.
	 *
	 * @param content the {@code <MethodResponse>} element
	 */
	record Response(Element content) {

		Optional<Element> returnval() {
			return VimXml.child(this.content, "returnval");
		}

	}

	private static Optional<String> sessionCookie(Answer answer) {
		return answer.headerValues(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((header) -> header.startsWith(SESSION_COOKIE + "="))
			.map((header) -> header.contains(";") ? header.substring(0, header.indexOf(';')) : header)
			.findFirst();
	}

}
