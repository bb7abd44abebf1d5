package dev.solutionagent.delivery;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Optional;

import javax.net.ssl.SSLException;

import dev.solutionagent.Printable;
import dev.solutionagent.tls.PinMismatchException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * The one classification of an exchange that got no answer, shared by solution install,
 * the preflight and the vim25 client: which of four things happened, and a sentence that
 * says so. What each means for a run (retry, exit code) is the caller's.
 *
 * @param kind what happened
 * @param detail a sentence for the log and the error message
 * @param mismatch the pin mismatch, when that is what happened
 */
public record TransportOutcome(Kind kind, String detail, Optional<PinMismatchException> mismatch) {

	/**
	 * What an exchange without an answer did to the peer.
	 */
	public enum Kind {

		/** The leaf certificate does not have the pinned thumbprint; nothing was sent. */
		PIN_MISMATCH,

		/** Another certificate or TLS protocol failure; nothing was sent. */
		TLS_FAILURE,

		/**
		 * Nothing reached the peer: no name, no route, refused, or the handshake did not
		 * complete (dropped or too slow). Sending again is safe.
		 */
		NOT_REACHED,

		/** The request may have reached the peer, but no answer came back. */
		ANSWER_LOST

	}

	/**
	 * Classify a failed exchange.
	 * @param failure the failure, with how far the exchange got
	 * @return the outcome
	 */
	public static TransportOutcome of(ExchangeFailure failure) {
		String peer = failure.peer();
		IOException cause = failure.getCause();
		Optional<PinMismatchException> mismatch = find(cause, PinMismatchException.class);
		if (mismatch.isPresent()) {
			return new TransportOutcome(Kind.PIN_MISMATCH,
					"TLS pin mismatch: " + mismatch.get().getMessage() + "; nothing was sent", mismatch);
		}
		String budget = Durations.words(failure.budget());
		if (!failure.requestMayHaveBeenSent()) {
			if (failure.deadlineExceeded()) {
				return reached(false,
						"%s did not complete the TLS handshake within the exchange's %s".formatted(peer, budget));
			}
			if (cause instanceof SSLException
					&& (find(cause, CertificateException.class).isPresent() || !isDropped(cause))) {
				return new TransportOutcome(Kind.TLS_FAILURE, "TLS handshake with %s failed (%s); nothing was sent"
					.formatted(peer, Printable.escape(cause.getMessage())), Optional.empty());
			}
			if (cause instanceof SSLException) {
				return reached(false, "%s closed the connection during the TLS handshake".formatted(peer));
			}
			if (find(cause, UnknownHostException.class).isPresent()) {
				return reached(false, "%s does not resolve (%s)".formatted(peer, describe(cause)));
			}
			if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
					|| cause instanceof ConnectTimeoutException) {
				return reached(false, "%s cannot be reached (%s)".formatted(peer, describe(cause)));
			}
			return reached(false, "the connection to %s broke before the TLS handshake completed (%s)".formatted(peer,
					describe(cause)));
		}
		if (failure.deadlineExceeded()) {
			return reached(true, "%s sent no complete answer within the exchange's %s".formatted(peer, budget));
		}
		if (cause instanceof SocketTimeoutException) {
			return reached(true, "%s did not answer in time (%s)".formatted(peer, describe(cause)));
		}
		return reached(true,
				"the connection to %s broke after the request was sent (%s)".formatted(peer, describe(cause)));
	}

	private static TransportOutcome reached(boolean sent, String detail) {
		return new TransportOutcome(sent ? Kind.ANSWER_LOST : Kind.NOT_REACHED, detail, Optional.empty());
	}

	private static boolean isDropped(IOException cause) {
		return find(cause, EOFException.class).isPresent() || find(cause, SocketException.class).isPresent()
				|| String.valueOf(cause.getMessage()).contains("terminated the handshake");
	}

	static String describe(Throwable cause) {
		return cause.getClass().getSimpleName()
				+ ((cause.getMessage() != null) ? ": " + Printable.escape(cause.getMessage()) : "");
	}

	static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
