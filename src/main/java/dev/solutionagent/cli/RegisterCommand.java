package dev.solutionagent.cli;

import java.util.List;
import java.util.function.Function;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.Deadline;
import dev.solutionagent.delivery.WindowRetry;
import dev.solutionagent.registration.Route;
import dev.solutionagent.registration.FirstBoot;
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
			DescriptorRecords records = new DescriptorRecords(settings, context.clock(), false);
			DryRunReport.print(context, Route.of(Inputs.environment(settings), records), records.descriptor());
			return ExitStatus.OK;
		}
		context.out()
			.println(firstBoot(context, this.scrubber).run(() -> Inputs.environment(settings),
					new DescriptorRecords(settings, context.clock(), true)));
		return ExitStatus.OK;
	}

	/**
	 * The first boot these settings describe.
	 * @param context the settings and runtime
	 * @param scrubber removes spent secrets afterwards
	 * @return the first boot
	 */
	static FirstBoot firstBoot(CommandContext context, PropertyScrubber scrubber) {
		AgentSettings settings = context.settings();
		return new FirstBoot(firstBootSettings(settings), context.clock(), retries(context),
				new StateStore(settings.run().stateDir()),
				(environment, keys) -> scrubber.scrub(settings, environment, keys));
	}

	static FirstBoot.Settings firstBootSettings(AgentSettings settings) {
		DeliveryOptions.Delivery delivery = settings.delivery();
		return new FirstBoot.Settings(delivery.http(), delivery.window(), delivery.skipPreflight(),
				delivery.preflightTimeout(), settings.run().force(), settings.extension().onExisting());
	}

	/**
	 * The retry policy of these settings, up to a deadline.
	 * @param context the settings and runtime
	 * @return the policy for any deadline
	 */
	static Function<Deadline, WindowRetry> retries(CommandContext context) {
		AgentRuntime runtime = context.runtime();
		return (deadline) -> new WindowRetry(deadline, context.settings().delivery().retry(), runtime.clock(),
				runtime.sleeper(), runtime.random());
	}

}
