package dev.solutionagent.cli;

import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.Preflight;
import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentException;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.registration.ExtensionManagerJob;
import dev.solutionagent.state.RegistrationRecord;
import dev.solutionagent.state.StateStore;
import dev.solutionagent.vim.Credentials;
import dev.solutionagent.vim.SoapExtension;
import dev.solutionagent.vim.VimClient;
import dev.solutionagent.vim.VimEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code register} without a solution-install token: the ExtensionManager path with the
 * {@code solutionAgent.vcenter.*} properties, the same descriptor and the same state,
 * then the credentials scrubbed.
 */
final class ExtensionManagerFallback {

	private static final Logger logger = LoggerFactory.getLogger(ExtensionManagerFallback.class);

	private ExtensionManagerFallback() {
	}

	static ExitStatus run(CommandContext context, OvfEnvironment environment, PropertyScrubber scrubber,
			Optional<RegistrationRecord> previous) {
		AgentSettings settings = context.settings();
		ExtensionManagerContext vcenter = ExtensionManagerContext.from(environment);
		VimEndpoint endpoint;
		try {
			endpoint = VimEndpoint.parse(vcenter.url());
		}
		catch (IllegalArgumentException ex) {
			throw new OvfEnvironmentException(environment.source(),
					ExtensionManagerContext.URL + " " + ex.getMessage());
		}
		SoapExtension.Batch batch = SoapExtension.fromDescriptor(Descriptor.load(settings.inputs().descriptor()),
				Inputs.placeholders(settings, Optional.of(environment), false), context.clock().instant());
		if (settings.run().dryRun()) {
			context.err()
				.printf("Dry run: nothing is sent. No %s, so register takes the ExtensionManager path: Login to %s "
						+ "as %s over TLS pinned to %s, then each envelope below.%n", "solutionInstall.token", endpoint,
						vcenter.username(), vcenter.pin());
			batch.problems().forEach(context.err()::println);
			batch.extensions().forEach((extension) -> context.out().println(VimClient.registerEnvelope(extension)));
			return ExitStatus.OK;
		}
		logger.info("No solution-install token in {}: registering through the ExtensionManager of vCenter {}",
				environment.source(), endpoint.peer());
		batch.problems().forEach((problem) -> logger.warn("Descriptor {}", problem));
		AgentRuntime runtime = context.runtime();
		// No token window here: the preflight has its own time only.
		Preflight preflight = Preflights.of(settings, runtime, Optional.empty()).orElse(null);
		RegistrationRecord record = new ExtensionManagerJob(preflight, new StateStore(settings.run().stateDir()),
				runtime.clock())
			.run(endpoint, vcenter.pin(), settings.delivery().http(),
					new Credentials(vcenter.username(), vcenter.password()), batch.extensions(),
					settings.extension().onExisting(), previous);
		scrubber.scrub(settings, environment, ExtensionManagerContext.CREDENTIAL_KEYS);
		context.out()
			.printf("Registered %s in vCenter %s through its ExtensionManager (no solution-install token)%n",
					String.join(", ", record.extensions().stream().map((e) -> e.key() + " " + e.version()).toList()),
					endpoint.peer());
		return ExitStatus.OK;
	}

}
