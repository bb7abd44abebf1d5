package dev.solutionagent.delivery;

import java.net.URI;

import dev.solutionagent.tls.Thumbprint;

/**
 * A peer the agent talks to over pinned TLS: its https URL and the thumbprint its leaf
 * certificate must have (vCenter's endpoint and {@code postDeployData.thumbprint}, a
 * plug-in manifest and {@code server[0].serverThumbprint}, vCenter's SDK and
 * {@code --vcenter-thumbprint}).
 *
 * @param uri the https URL
 * @param pin the thumbprint the leaf must have
 */
public record PinnedEndpoint(URI uri, Thumbprint pin) {

	public PinnedEndpoint {
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
			throw new IllegalArgumentException("a pinned endpoint is an https URL with a host, not " + uri);
		}
	}

	/**
	 * The host and port, for messages and the pinned trust manager.
	 * @return for example {@code vcsa-01.example.com} or {@code 127.0.0.1:8443}
	 */
	public String peer() {
		return peerOf(this.uri);
	}

	public String host() {
		return this.uri.getHost();
	}

	/**
	 * The port, 443 when the URL names none.
	 * @return the port
	 */
	public int port() {
		return portOf(this.uri);
	}

	/**
	 * The host and port of an https URL, as every message names a peer.
	 * @param uri the URL
	 * @return the host, with {@code :PORT} when the URL gives one
	 */
	public static String peerOf(URI uri) {
		return uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	/**
	 * The port of an https URL.
	 * @param uri the URL
	 * @return its port, 443 when it names none
	 */
	public static int portOf(URI uri) {
		return (uri.getPort() != -1) ? uri.getPort() : 443;
	}

}
