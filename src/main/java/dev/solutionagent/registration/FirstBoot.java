package dev.solutionagent.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.Deadline;
import dev.solutionagent.delivery.DeliveryException;
import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.Preflight;
import dev.solutionagent.delivery.SolutionInstallClient;
import dev.solutionagent.delivery.TokenWindow;
import dev.solutionagent.delivery.WindowRetry;
import dev.solutionagent.delivery.WindowSettings;
import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.state.RegistrationRecord;
import dev.solutionagent.state.StateStore;
import dev.solutionagent.vim.Credentials;
import dev.solutionagent.vim.ExtensionRegistrar.OnExisting;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first boot, in one place: the state folder taken and checked, the OVF environment
 * read into its {@link Route}, the preflight and the deadline each path has (the token
 * window, or the preflight's own time where no token exists), the registration, and the
 * spent secrets scrubbed.
 */
public final class FirstBoot {

	private static final Logger logger = LoggerFactory.getLogger(FirstBoot.class);

	private final Settings settings;

	private final Clock clock;

	private final Function<Deadline, WindowRetry> retries;

	private final StateStore state;

	private final Scrubber scrubber;

	/**
	 * Create the first boot.
	 * @param settings how it delivers
	 * @param clock the clock
	 * @param retries the retry policy up to a deadline
	 * @param state the state folder
	 * @param scrubber removes spent secrets from where the environment came from
	 */
	public FirstBoot(Settings settings, Clock clock, Function<Deadline, WindowRetry> retries, StateStore state,
			Scrubber scrubber) {
		this.settings = settings;
		this.clock = clock;
		this.retries = retries;
		this.state = state;
		this.scrubber = scrubber;
	}

	/**
	 * Run the first boot: at most once per state folder, unless forced.
	 * @param environment reads the OVF environment, when there is work to do
	 * @param records makes the records from the descriptor
	 * @return what happened, in a line
	 * @throws dev.solutionagent.AgentException when the registration fails; the state
	 * folder holds the failure
	 */
	public String run(Supplier<OvfEnvironment> environment, Route.Records records) {
		// One run at a time: a second one waits, then sees what the first recorded.
		try (StateStore.Lock lock = this.state.lock()) {
			Optional<RegistrationRecord> registered = this.state.readResult().filter(RegistrationRecord::wasRegistered);
			if (!this.settings.force()) {
				if (this.state.isDone()) {
					return "Already registered (" + this.state.directory().resolve("done")
							+ " exists); nothing to do. --force registers again.";
				}
				if (registered.isPresent()) {
					// An earlier run was registered and stopped before its marker: finish
					// its work.
					this.state.markDone(registered.get());
					return "Already registered at " + registered.get().time() + " (result.json says so; the done "
							+ "marker was missing and is written now); nothing to do.";
				}
			}
			Route route = Route.of(environment.get(), records);
			Optional<RegistrationRecord> previous = this.state.latest();
			if (route instanceof Route.SolutionInstall install) {
				return solutionInstall(install, registered, previous);
			}
			return extensionManager((Route.ExtensionManager) route, previous);
		}
	}

	private String solutionInstall(Route.SolutionInstall route, Optional<RegistrationRecord> registered,
			Optional<RegistrationRecord> previous) {
		SolutionInstallContext install = route.install();
		OvfEnvironment environment = route.environment();
		String tokenId = RegistrationRecord.tokenIdOf(install.token().reveal());
		if (registered.filter((record) -> record.registeredWithToken(tokenId)).isPresent()) {
			// A one-time token that already registered can only be refused now; sending
			// it would overwrite a good record with a bad one.
			throw new DeliveryException(ExitStatus.TOKEN_REFUSED,
					"--force refused: the solution-install token in " + environment.source()
							+ " already registered the plug-in at " + registered.get().time()
							+ " (result.json), and it is one-time. A new registration needs a new token: redeploy the "
							+ "appliance from Client Plugins. Nothing was sent",
					0, 0);
		}
		logger.info("OVF environment from {}; payload shape {} ({})", environment.source(), route.payload().shape(),
				route.payload().shapeReason());
		TokenWindow window = this.settings.window().window(this.clock);
		logger.info("Token window: deployed at {} ({}); attempts stop at {}", window.deployedAt(), window.estimate(),
				window.deadline());
		RegistrationRecord record = new RegistrationJob(preflight(Optional.of(window.attempts())),
				new SolutionInstallClient(this.settings.http(), this.retries.apply(window.attempts()), window,
						this.clock),
				this.state, window, this.clock)
			.run(install, route.payload(), previous);
		// The token is spent, but a one-time secret has no business staying readable in
		// the guest.
		this.scrubber.scrub(environment, Set.of(SolutionInstallContext.TOKEN));
		return "Registered %s with %s (HTTP %d after %d attempt%s)".formatted(
				String.join(", ", route.payload().extensions().stream().map(Object::toString).distinct().toList()),
				record.endpointHost(), record.httpStatus(), record.attempts(), (record.attempts() == 1) ? "" : "s");
	}

	private String extensionManager(Route.ExtensionManager route, Optional<RegistrationRecord> previous) {
		logger.info("No solution-install token in {}: registering through the ExtensionManager of vCenter {}",
				route.environment().source(), route.endpoint().peer());
		route.batch().problems().forEach((problem) -> logger.warn("Descriptor {}", problem));
		// No token window here: the preflight has its own time only.
		RegistrationRecord record = new ExtensionManagerJob(preflight(Optional.empty()), this.state, this.clock).run(
				route.endpoint(), route.vcenter().pin(), this.settings.http(),
				new Credentials(route.vcenter().username(), route.vcenter().password()), route.batch().extensions(),
				this.settings.onExisting(), previous);
		this.scrubber.scrub(route.environment(), ExtensionManagerContext.CREDENTIAL_KEYS);
		return "Registered %s in vCenter %s through its ExtensionManager (no solution-install token)".formatted(
				String.join(", ", record.extensions().stream().map((e) -> e.key() + " " + e.version()).toList()),
				route.endpoint().peer());
	}

	private @Nullable Preflight preflight(Optional<Deadline> window) {
		return preflight(this.settings, this.clock, this.retries, window).orElse(null);
	}

	/**
	 * The preflight as every registration runs it: off when skipped, else retrying for
	 * its own time and never past the token window.
	 * @param settings the settings
	 * @param clock the clock
	 * @param retries the retry policy up to a deadline
	 * @param window the deadline of the registration it precedes, if there is one
	 * @return the preflight, empty when it is skipped
	 */
	public static Optional<Preflight> preflight(Settings settings, Clock clock, Function<Deadline, WindowRetry> retries,
			Optional<Deadline> window) {
		if (settings.skipPreflight()) {
			return Optional.empty();
		}
		Deadline deadline = Preflight.deadline(clock.instant(), settings.preflightTimeout(), window);
		return Optional.of(new Preflight(settings.http(), retries.apply(deadline), clock));
	}

	/**
	 * How a first boot delivers.
	 *
	 * @param http timeouts of the HTTP client
	 * @param window how the token window is placed
	 * @param skipPreflight do not fetch the plug-in manifest first
	 * @param preflightTimeout how long the preflight may retry, within the token window
	 * @param force register even when the done marker exists
	 * @param onExisting what the ExtensionManager path does with a key already registered
	 */
	public record Settings(HttpSettings http, WindowSettings window, boolean skipPreflight, Duration preflightTimeout,
			boolean force, OnExisting onExisting) {

	}

	/**
	 * Removes spent secrets from where the OVF environment came from.
	 */
	@FunctionalInterface
	public interface Scrubber {

		/**
		 * Remove properties, best effort.
		 * @param environment the environment they came from
		 * @param keys their keys
		 */
		void scrub(OvfEnvironment environment, Set<String> keys);

	}

}
