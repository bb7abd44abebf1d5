package dev.solutionagent.vim;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.solutionagent.delivery.PinnedEndpoint;

/**
 * The vim25 SOAP endpoint of a vCenter: {@code https://HOST[:PORT]/sdk}.
 *
 * @param uri the endpoint URL
 */
public record VimEndpoint(URI uri) {

	/** The path of the SOAP API on every vCenter. */
	public static final String SDK_PATH = "/sdk";

	/**
	 * Parse what an administrator types: {@code https://HOST[:PORT][/sdk]} or a bare
	 * {@code HOST[:PORT]}.
	 * @param text the vCenter address
	 * @return the endpoint, with {@code /sdk} when no path was given
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static VimEndpoint parse(String text) {
		String trimmed = text.strip();
		String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
		URI uri;
		try {
			uri = new URI(withScheme);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("'%s' is not a URL (%s)".formatted(text, ex.getReason()));
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https")) {
			throw new IllegalArgumentException(
					"'%s' is not https; credentials only ever travel over TLS, ".formatted(text)
							+ "give https://HOST/sdk");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("'%s' names no host; give https://HOST/sdk".formatted(text));
		}
		if (uri.getPort() == 0 || uri.getPort() > 65535) {
			throw new IllegalArgumentException("'%s' has port %d; a port is 1 to 65535".formatted(text, uri.getPort()));
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("'%s' carries a user name in the URL; ".formatted(redact(uri))
					+ "give credentials with --credentials FILE, AGENT_VCENTER_USERNAME/PASSWORD or the prompt");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("'%s' has a query or fragment; give https://HOST/sdk".formatted(text));
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
				? SDK_PATH : uri.getRawPath();
		return new VimEndpoint(URI.create("https://" + uri.getRawAuthority() + path));
	}

	/**
	 * The host and port, for messages and the pinned trust manager.
	 * @return for example {@code vcsa-01.example.com} or {@code 127.0.0.1:8989}
	 */
	public String peer() {
		return PinnedEndpoint.peerOf(this.uri);
	}

	public String host() {
		return this.uri.getHost();
	}

	public int port() {
		return PinnedEndpoint.portOf(this.uri);
	}

	private static String redact(URI uri) {
		return "https://...@" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	@Override
	public String toString() {
		return this.uri.toString();
	}

}
