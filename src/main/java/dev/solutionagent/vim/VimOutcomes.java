package dev.solutionagent.vim;

import java.io.IOException;
import java.util.Optional;

import javax.net.ssl.SSLException;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.tls.PinMismatchException;
import dev.solutionagent.tls.Thumbprint;
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
						.formatted(peer, method, status, ex.getMessage(), endpoint));
		}
		if (VimXml.SOAP_NS.equals(content.getNamespaceURI()) && "Fault".equals(content.getLocalName())) {
			VimFault fault = VimFault.of(content);
			logger.debug("{} on {} answered fault {}", method, peer, fault);
			throw VimException.of(peer, method, key, fault);
		}
		if (status != 200 || !(method + "Response").equals(content.getLocalName())) {
			throw new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, peer,
					"%s answered %s with HTTP %d and <%s>, not <%sResponse>".formatted(peer, method, status,
							content.getLocalName(), method));
		}
		return content;
	}

	/**
	 * What a failure without an answer means: a pin mismatch or another TLS failure (exit
	 * 60; nothing was sent), else an unreachable vCenter (exit 6).
	 * @param endpoint the vCenter
	 * @param cause the I/O failure
	 * @return the exception to throw
	 */
	static VimException failure(VimEndpoint endpoint, IOException cause) {
		String peer = endpoint.peer();
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof PinMismatchException mismatch) {
				Thumbprint presented = mismatch.presentedSha256();
				return new VimException.Tls(peer, "vCenter %s presented a certificate with SHA-256 thumbprint %s%s, "
					.formatted(peer, (presented != null) ? presented : "(none)", subject(mismatch))
						+ "but --vcenter-thumbprint pins " + mismatch.expected() + "; nothing was sent. Compare "
						+ "the presented thumbprint with the one on the vCenter appliance's console (out of band) "
						+ "before you pin it", Optional.ofNullable(presented));
			}
		}
		if (cause instanceof SSLException) {
			return new VimException.Tls(peer,
					"TLS handshake with vCenter %s failed (%s); nothing was sent".formatted(peer, cause.getMessage()),
					Optional.empty());
		}
		return new VimException.Unreachable(ExitStatus.WINDOW_CLOSED, peer,
				"vCenter %s cannot be reached (%s: %s); check --vcenter and the network".formatted(peer,
						cause.getClass().getSimpleName(), cause.getMessage()));
	}

	private static String subject(PinMismatchException mismatch) {
		return mismatch.presented().isEmpty() ? ""
				: " (subject " + mismatch.presented().get(0).getSubjectX500Principal().getName() + ")";
	}

}
