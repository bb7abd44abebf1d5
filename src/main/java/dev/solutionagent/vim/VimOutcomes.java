package dev.solutionagent.vim;

import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
import dev.solutionagent.delivery.Answer;
import dev.solutionagent.delivery.ExchangeFailure;
import dev.solutionagent.delivery.TransportOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * The one place that decides what a vim25 exchange means: the method's response, a fault
 * mapped by {@link VimException#of}, a TLS failure, or no usable answer. Pure but for the
 * debug log.
 */
final class VimOutcomes {

	private static final Logger logger = LoggerFactory.getLogger(VimOutcomes.class);

	private VimOutcomes() {
	}

	/**
	 * What an answer means: the response element of a successful call, or an exception.
	 * @param endpoint the vCenter
	 * @param method the method called
	 * @param key the extension key the call was about, for messages
	 * @param status the HTTP status
	 * @param body the body
	 * @return the {@code <MethodResponse>} element
	 * @throws VimException for a fault or an answer that is not the method's response
	 */
	static Element interpret(VimEndpoint endpoint, String method, String key, int status, byte[] body) {
		String peer = endpoint.peer();
		Element content;
		try {
			content = VimXml.bodyContent(VimXml.parse(body));
		}
		catch (IllegalArgumentException ex) {
			// Not SOAP: a wrong path, a proxy, or another service on that port.
			ExitStatus exit = switch (status) {
				case 404 -> ExitStatus.USAGE;
				case 401, 403 -> ExitStatus.TOKEN_REFUSED;
				default -> ExitStatus.WINDOW_CLOSED;
			};
			throw new VimException.Unreachable(exit, peer,
					"%s answered %s with HTTP %d and a body that %s; is %s the vCenter's SDK URL (https://HOST/sdk)?"
						.formatted(peer, method, status, Printable.escape(ex.getMessage()), endpoint));
		}
		if (VimXml.SOAP_NS.equals(content.getNamespaceURI()) && "Fault".equals(content.getLocalName())) {
			VimFault fault = VimFault.of(content);
			logger.debug("{} on {} answered fault {}", method, peer, fault);
			throw VimException.of(peer, method, key, fault);
		}
		if (status != 200 || !(method + "Response").equals(content.getLocalName())) {
			throw new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, peer,
					"%s answered %s with HTTP %d and <%s>, not <%sResponse>".formatted(peer, method, status,
							Printable.escape(content.getLocalName()), method));
		}
		return content;
	}

	/**
	 * An answer whose body broke off or overflowed the cap is no answer: its status line
	 * alone cannot say whether the method did its work.
	 * @param endpoint the vCenter
	 * @param method the method called
	 * @param answer the answer
	 * @throws VimException when the body is incomplete
	 */
	static void checkComplete(VimEndpoint endpoint, String method, Answer answer) {
		if (answer.truncated()) {
			throw new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, endpoint.peer(),
					"%s answered %s with more than the %d bytes a vim25 answer may have here; is %s a vCenter?"
						.formatted(endpoint.peer(), method, VimXml.MAX_BYTES, endpoint));
		}
		if (answer.bodyFailure() != null) {
			throw new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, endpoint.peer(),
					"%s answered %s with HTTP %d, but the body broke off (%s); whether %s took effect is unknown: "
						.formatted(endpoint.peer(), method, answer.status(),
								Printable.escape(String.valueOf(answer.bodyFailure().getMessage())), method)
							+ "check with 'solution-agent extension info'");
		}
	}

	/**
	 * What a failure without an answer means: a pin mismatch or another TLS failure (exit
	 * 60; nothing was sent), else an unreachable vCenter (exit 6).
	 * @param endpoint the vCenter
	 * @param failure the failed exchange
	 * @return the exception to throw
	 */
	static VimException failure(VimEndpoint endpoint, ExchangeFailure failure) {
		String peer = endpoint.peer();
		TransportOutcome outcome = TransportOutcome.of(failure);
		return switch (outcome.kind()) {
			case PIN_MISMATCH -> new VimException.Tls(peer,
					"vCenter " + outcome.detail() + ". Compare the presented thumbprint with the one on the vCenter "
							+ "appliance's console (out of band) before you pin it with --vcenter-thumbprint",
					Optional.ofNullable(outcome.mismatch().get().presentedSha256()));
			case TLS_FAILURE -> new VimException.Tls(peer, "vCenter: " + outcome.detail(), Optional.empty());
			case NOT_REACHED, ANSWER_LOST -> new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, peer,
					"vCenter " + outcome.detail() + "; check --vcenter and the network");
		};
	}

}
