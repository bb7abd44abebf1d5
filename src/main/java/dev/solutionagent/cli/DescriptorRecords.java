package dev.solutionagent.cli;

import java.time.Clock;
import java.util.Optional;

import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.extension.PayloadBuilder;
import dev.solutionagent.registration.Route;
import dev.solutionagent.vim.SoapExtension;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a first boot, made from the settings' descriptor (read once) with the
 * placeholders of the OVF environment.
 */
final class DescriptorRecords implements Route.Records {

	private static final Logger logger = LoggerFactory.getLogger(DescriptorRecords.class);

	private final AgentSettings settings;

	private final Clock clock;

	private final boolean logWarnings;

	private @Nullable Descriptor descriptor;

	/**
	 * Create the records.
	 * @param settings the settings
	 * @param clock the clock, for the ExtensionManager's heartbeat time
	 * @param logWarnings whether the descriptor's warnings go to the log (a dry run
	 * prints them instead)
	 */
	DescriptorRecords(AgentSettings settings, Clock clock, boolean logWarnings) {
		this.settings = settings;
		this.clock = clock;
		this.logWarnings = logWarnings;
	}

	Descriptor descriptor() {
		if (this.descriptor == null) {
			this.descriptor = Descriptor.load(this.settings.inputs().descriptor());
		}
		return this.descriptor;
	}

	@Override
	public Payload payload(OvfEnvironment environment, SolutionInstallContext install) {
		Payload payload = PayloadBuilder.build(descriptor(),
				Inputs.placeholders(this.settings, Optional.of(environment), false), this.settings.inputs().shape(),
				install.targets());
		if (this.logWarnings) {
			payload.warnings().forEach((warning) -> logger.warn("Descriptor {}", descriptor().locate(warning).line()));
		}
		return payload;
	}

	@Override
	public SoapExtension.Batch batch(OvfEnvironment environment) {
		return SoapExtension.fromDescriptor(descriptor(),
				Inputs.placeholders(this.settings, Optional.of(environment), false), this.clock.instant());
	}

}
