package dev.solutionagent.delivery;

import java.time.Duration;

/**
 * Timeouts and identity of the agent's HTTP client.
 *
 * @param connectTimeout how long a TCP connect and TLS handshake may take
 * @param readTimeout how long to wait for a response; with the connect timeout, the most
 * one whole exchange may take
 * @param userAgent the User-Agent header
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, String userAgent) {

	public static HttpSettings defaults() {
		return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), "solution-agent/" + version());
	}

	public HttpSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
		return new HttpSettings(connectTimeout, readTimeout, this.userAgent);
	}

	/**
	 * The most one exchange may take, from the name look-up to the last byte of the
	 * answer: the connect and read timeouts together.
	 * @return the exchange's deadline
	 */
	public Duration exchangeTimeout() {
		return this.connectTimeout.plus(this.readTimeout);
	}

	/**
	 * The most one reachability probe may take: short, so that a peer that comes up is
	 * seen soon after.
	 * @return the connect timeout, at most 2 s
	 */
	public Duration probeTimeout() {
		Duration most = Duration.ofSeconds(2);
		return (this.connectTimeout.compareTo(most) < 0) ? this.connectTimeout : most;
	}

	/**
	 * The agent's version, from the jar manifest.
	 * @return the version, or {@code dev} when run from classes
	 */
	public static String version() {
		String version = HttpSettings.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

}
