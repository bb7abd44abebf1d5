package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.DeliveryException;
import dev.solutionagent.delivery.Preflight;
import dev.solutionagent.delivery.SolutionInstallClient;
import dev.solutionagent.delivery.TokenWindow;
import dev.solutionagent.delivery.WindowRetry;
import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.extension.PayloadBuilder;
import dev.solutionagent.registration.RegistrationJob;
import dev.solutionagent.state.RegistrationRecord;
import dev.solutionagent.state.StateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code register}: the first-boot job. With {@code --dry-run} it builds and checks the
 * body, prints it, and sends nothing.
 */
final class RegisterCommand implements Command {

	private static final Logger logger = LoggerFactory.getLogger(RegisterCommand.class);

	private final PropertyScrubber scrubber;

	RegisterCommand() {
		this(PropertyScrubber.GUESTINFO);
	}

	/**
	 * Create the command.
	 * @param scrubber removes spent secrets (the token, or the vCenter credentials of the
	 * ExtensionManager path) from the OVF environment after registration
	 */
	RegisterCommand(PropertyScrubber scrubber) {
		this.scrubber = scrubber;
	}

	@Override
	public Spec spec() {
		return new Spec("register", "Register the plug-in with vCenter through solution install (the first-boot job)",
				Options.concat(List.of(OvfInputOptions.OVF_ENV), DescriptorOptions.ALL, RunOptions.ALL,
						DeliveryOptions.ALL, List.of(ExtensionOptions.UPDATE_SETTING), OvfInputOptions.TRANSPORT),
				List.of(ExitStatus.OK, ExitStatus.USAGE, ExitStatus.ENVIRONMENT, ExitStatus.TOKEN_REFUSED,
						ExitStatus.PAYLOAD_REFUSED, ExitStatus.WINDOW_CLOSED, ExitStatus.OUTCOME_UNKNOWN,
						ExitStatus.ALREADY_REGISTERED, ExitStatus.TLS),
				"""
						Reads the OVF environment that vCenter injected, builds the Extension records from the
						descriptor, checks that the plug-in server serves its manifest with the declared
						thumbprint (preflight), and POSTs the records to solutionInstall.postDeployData.endpoint
						over TLS pinned to solutionInstall.postDeployData.thumbprint, with the one-time token in
						the solution-install-token header. Transient failures are retried with backoff until the
						token window (30 minutes after deployment, less agent.window.margin) closes. The result goes
						to STATE_DIR/result.json; success also writes STATE_DIR/done, and later runs exit 0 at once.
						In a dry run the body goes to stdout and nothing is sent; the token shows as its length.
						Without solutionInstall.token, when the optional solutionAgent.vcenter.url, .thumbprint,
						.username and .password properties are filled, it registers through vCenter's ExtensionManager
						instead (as 'extension register' does), writes the same state, and scrubs the credentials.

						Examples:
						  solution-agent register --dry-run --ovf-env examples/ovf-env.xml \\
						      --descriptor examples/extension.yaml --certificate examples/plugin-server.pem
						  AGENT_DESCRIPTOR=/opt/vendor/extension.json solution-agent register --dry-run
						  solution-agent register          # at first boot, from the systemd unit
						  solution-agent register --force --deployed-at 2026-11-23T10:00:00Z""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		AgentSettings settings = context.settings();
		if (settings.run().dryRun()) {
			return register(context, Optional.empty(), Optional.empty());
		}
		StateStore state = new StateStore(settings.run().stateDir());
		// One run at a time: a second one waits, then sees what the first recorded.
		try (StateStore.Lock lock = state.lock()) {
			Optional<RegistrationRecord> registered = state.readResult().filter(RegistrationRecord::wasRegistered);
			if (!settings.run().force()) {
				if (state.isDone()) {
					context.out()
						.println("Already registered (" + settings.run().stateDir().resolve("done")
								+ " exists); nothing to do. --force registers again.");
					return ExitStatus.OK;
				}
				if (registered.isPresent()) {
					// An earlier run was registered and stopped before its marker: finish
					// its work.
					state.markDone(registered.get());
					context.out()
						.println("Already registered at " + registered.get().time() + " (result.json says so; the "
								+ "done marker was missing and is written now); nothing to do.");
					return ExitStatus.OK;
				}
			}
			return register(context, Optional.of(state), registered);
		}
	}

	private ExitStatus register(CommandContext context, Optional<StateStore> state,
			Optional<RegistrationRecord> registered) {
		AgentSettings settings = context.settings();
		OvfEnvironment environment = Inputs.environment(settings);
		Optional<RegistrationRecord> previous = state.flatMap(StateStore::latest);
		if (ExtensionManagerContext.applies(environment)) {
			return ExtensionManagerFallback.run(context, environment, this.scrubber, previous);
		}
		SolutionInstallContext install = SolutionInstallContext.from(environment);
		Descriptor descriptor = Descriptor.load(settings.inputs().descriptor());
		Payload payload = PayloadBuilder.build(descriptor,
				Inputs.placeholders(settings, Optional.of(environment), false), settings.inputs().shape(),
				install.targets());
		if (state.isEmpty()) {
			DryRunReport.print(context, environment, install, descriptor, payload);
			return ExitStatus.OK;
		}
		String tokenId = RegistrationRecord.tokenIdOf(install.token().reveal());
		if (registered.filter((record) -> record.registeredWithToken(tokenId)).isPresent()) {
			// A one-time token that already registered can only be refused now; sending
			// it
			// would overwrite a good record with a bad one.
			throw new DeliveryException(ExitStatus.TOKEN_REFUSED,
					"--force refused: the solution-install token in " + environment.source()
							+ " already registered the plug-in at " + registered.get().time()
							+ " (result.json), and it is one-time. A new registration needs a new token: redeploy the "
							+ "appliance from Client Plugins. Nothing was sent",
					0, 0);
		}
		logger.info("OVF environment from {}; payload shape {} ({})", environment.source(), payload.shape(),
				payload.shapeReason());
		payload.warnings().forEach((warning) -> logger.warn("Descriptor {}", descriptor.locate(warning).line()));
		TokenWindow window = settings.delivery().window().window(context.clock());
		logger.info("Token window: deployed at {} ({}); attempts stop at {}", window.deployedAt(), window.estimate(),
				window.deadline());
		AgentRuntime runtime = context.runtime();
		WindowRetry retry = new WindowRetry(window.attempts(), settings.delivery().retry(), runtime.clock(),
				runtime.sleeper(), runtime.random());
		Preflight preflight = Preflights.of(settings, runtime, Optional.of(window.attempts())).orElse(null);
		RegistrationRecord record = new RegistrationJob(preflight,
				new SolutionInstallClient(settings.delivery().http(), retry, window, runtime.clock()), state.get(),
				window, runtime.clock())
			.run(install, payload, previous);
		// The token is spent, but a one-time secret has no business staying readable in
		// the guest.
		this.scrubber.scrub(settings, environment, Set.of(SolutionInstallContext.TOKEN));
		context.out()
			.printf("Registered %s with %s (HTTP %d after %d attempt%s)%n",
					String.join(", ", payload.extensions().stream().map(Object::toString).distinct().toList()),
					record.endpointHost(), record.httpStatus(), record.attempts(), (record.attempts() == 1) ? "" : "s");
		return ExitStatus.OK;
	}

}
