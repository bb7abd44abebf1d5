package dev.solutionagent.cli;

import java.time.Duration;

import dev.solutionagent.delivery.HttpSettings;

/**
 * The {@code agent.http.*} properties: timeouts of the HTTP client.
 */
public class HttpProperties {

	private static final HttpSettings DEFAULTS = HttpSettings.defaults();

	/** Connect (and TLS handshake) timeout. */
	private Duration connectTimeout = DEFAULTS.connectTimeout();

	/** Response timeout. */
	private Duration readTimeout = DEFAULTS.readTimeout();

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

}
