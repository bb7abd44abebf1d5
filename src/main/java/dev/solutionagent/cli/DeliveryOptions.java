package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.RetrySettings;
import dev.solutionagent.delivery.TokenWindow;
import dev.solutionagent.delivery.WindowSettings;

/**
 * How a registration reaches its peers and how long it keeps trying: the HTTP timeouts
 * (together, the deadline of one exchange), the retry policy, the token window and the
 * preflight.
 */
final class DeliveryOptions {

	// The shortest wait between attempts: shorter ones would turn retries into a flood.
	private static final Duration MIN_DELAY = Duration.ofMillis(100);

	private static final HttpSettings HTTP_DEFAULTS = HttpSettings.defaults();

	private static final RetrySettings RETRY_DEFAULTS = RetrySettings.defaults();

	static final Setting<Duration> CONNECT_TIMEOUT = Setting.setting("agent.http.connect-timeout", "DURATION",
			Duration.class, HTTP_DEFAULTS.connectTimeout(), "Connect and TLS handshake timeout");

	static final Setting<Duration> READ_TIMEOUT = Setting.setting("agent.http.read-timeout", "DURATION", Duration.class,
			HTTP_DEFAULTS.readTimeout(),
			"How long to wait for an answer; with the connect timeout, the most one exchange may take");

	static final Setting<Duration> INITIAL_DELAY = Setting.setting("agent.retry.initial-delay", "DURATION",
			Duration.class, RETRY_DEFAULTS.initialDelay(), "The wait after the first failed attempt");

	static final Setting<Duration> MAX_DELAY = Setting.setting("agent.retry.max-delay", "DURATION", Duration.class,
			RETRY_DEFAULTS.maxDelay(), "The longest wait between attempts (a longer Retry-After is honoured)");

	static final Setting<Double> MULTIPLIER = Setting.setting("agent.retry.multiplier", "NUMBER", Double.class,
			RETRY_DEFAULTS.multiplier(), "The growth of the wait per failed attempt");

	static final Setting<Double> JITTER = Setting.setting("agent.retry.jitter", "FRACTION", Double.class,
			RETRY_DEFAULTS.jitter(), "The random spread of each wait, 0 to below 1");

	static final Setting<Duration> REACHABILITY_INTERVAL = Setting.setting("agent.retry.reachability-interval",
			"DURATION", Duration.class, RETRY_DEFAULTS.reachabilityInterval(),
			"How often a peer that nothing reached is asked whether it accepts connections");

	static final Setting<Duration> PREFLIGHT_TIMEOUT = Setting.setting("agent.preflight-timeout", "DURATION",
			Duration.class, Duration.ofMinutes(5),
			"How long the preflight retries fetching each plug-in manifest (within the token window)");

	static final Setting<Instant> DEPLOYED_AT = Setting.option("--deployed-at", "agent.window.deployed-at", "INSTANT",
			Instant.class, null, "When the appliance was deployed, e.g. 2026-11-23T10:00:00Z (default: the boot time)");

	static final Setting<Duration> LIFETIME = Setting.setting("agent.window.lifetime", "DURATION", Duration.class,
			TokenWindow.TOKEN_LIFETIME, "How long the token lives after deployment");

	static final Setting<Duration> MARGIN = Setting.setting("agent.window.margin", "DURATION", Duration.class,
			Duration.ofMinutes(1), "How long before the window's end the agent stops starting attempts");

	static final Setting<Path> BOOT_TIME_FILE = Setting.setting("agent.window.boot-time-file", "FILE", Path.class,
			Path.of("/proc/stat"), "Where the boot time (the deployment time's stand-in) is read");

	static final Setting<Boolean> SKIP_PREFLIGHT = Setting.flag("--skip-preflight", "agent.skip-preflight",
			"Do not fetch the plug-in manifest (client[0].url) before registering");

	static final List<Setting<?>> HTTP = List.of(CONNECT_TIMEOUT, READ_TIMEOUT);

	static final List<Setting<?>> RETRY = List.of(INITIAL_DELAY, MAX_DELAY, MULTIPLIER, JITTER, REACHABILITY_INTERVAL,
			PREFLIGHT_TIMEOUT);

	static final List<Setting<?>> WINDOW = List.of(LIFETIME, MARGIN, BOOT_TIME_FILE);

	static final List<Setting<?>> ALL = Options.concat(List.of(SKIP_PREFLIGHT, DEPLOYED_AT), HTTP, RETRY, WINDOW);

	private DeliveryOptions() {
	}

	static Delivery of(Values values, SettingChecks checks) {
		Duration initial = values.get(INITIAL_DELAY);
		Duration max = values.get(MAX_DELAY);
		Duration lifetime = values.get(LIFETIME);
		Duration margin = values.get(MARGIN);
		checks.positive(CONNECT_TIMEOUT.property(), values.get(CONNECT_TIMEOUT))
			.positive(READ_TIMEOUT.property(), values.get(READ_TIMEOUT))
			.atLeast(INITIAL_DELAY.property(), initial, MIN_DELAY)
			.atLeast(MAX_DELAY.property(), max, MIN_DELAY)
			.require(max.compareTo(initial) >= 0, MAX_DELAY.property() + " is shorter than " + INITIAL_DELAY.property())
			.between(MULTIPLIER.property(), values.get(MULTIPLIER), 1, 10, true, "2.0")
			.between(JITTER.property(), values.get(JITTER), 0, 1, false, "0.2")
			.atLeast(REACHABILITY_INTERVAL.property(), values.get(REACHABILITY_INTERVAL), MIN_DELAY)
			.positive(LIFETIME.property(), lifetime)
			.notNegative(MARGIN.property(), margin)
			.require(margin.compareTo(lifetime) < 0,
					MARGIN.property() + " is not shorter than " + LIFETIME.property()
							+ ", so no attempt could ever start")
			.plausible(DEPLOYED_AT.property(), values.find(DEPLOYED_AT).orElse(null))
			.positive(PREFLIGHT_TIMEOUT.property(), values.get(PREFLIGHT_TIMEOUT));
		return new Delivery(HTTP_DEFAULTS.withTimeouts(values.get(CONNECT_TIMEOUT), values.get(READ_TIMEOUT)),
				new RetrySettings(initial, max, values.get(MULTIPLIER), values.get(JITTER),
						values.get(REACHABILITY_INTERVAL)),
				new WindowSettings(values.find(DEPLOYED_AT), values.get(BOOT_TIME_FILE), lifetime, margin),
				values.get(SKIP_PREFLIGHT), values.get(PREFLIGHT_TIMEOUT));
	}

	/**
	 * How a registration is delivered, bound.
	 *
	 * @param http timeouts of the HTTP client
	 * @param retry the backoff between attempts
	 * @param window how the token window is placed
	 * @param skipPreflight do not fetch the plug-in manifest first
	 * @param preflightTimeout how long the preflight may retry, within the token window
	 */
	record Delivery(HttpSettings http, RetrySettings retry, WindowSettings window, boolean skipPreflight,
			Duration preflightTimeout) {

	}

}
