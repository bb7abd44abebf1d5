package dev.solutionagent.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentException;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.LocatedProblem;
import dev.solutionagent.registration.FirstBoot;
import dev.solutionagent.vim.SoapExtension;

/**
 * What the extension commands read besides the vCenter: the descriptor prepared for the
 * ExtensionManager, the keys to look up, and the preflight of the plug-in servers.
 */
final class ExtensionInputs {

	/**
	 * How long an interactive register waits for a plug-in server that is restarting:
	 * long enough for a restart, short enough for someone at a terminal.
	 */

	private ExtensionInputs() {
	}

	/**
	 * Load, resolve, check and prepare the descriptor; warnings go to stderr.
	 * @param context the settings and streams
	 * @return the prepared records
	 */
	static SoapExtension.Batch batch(CommandContext context) {
		AgentSettings settings = context.settings();
		Descriptor descriptor = Descriptor.load(settings.inputs().descriptor());
		SoapExtension.Batch batch = SoapExtension.fromDescriptor(descriptor,
				Inputs.placeholders(settings, environment(settings, descriptor), false), context.clock().instant());
		batch.problems().stream().map(descriptor::locate).map(LocatedProblem::line).forEach(context.err()::println);
		return batch;
	}

	// ${ovf.*} needs an environment: the --ovf-env file, else the transports, and only
	// when the descriptor uses one, so a laptop is not searched for a CD-ROM.
	private static Optional<OvfEnvironment> environment(AgentSettings settings, Descriptor descriptor) {
		if (settings.transport().file().isPresent()) {
			return Optional.of(Inputs.environment(settings));
		}
		boolean usesOvf = false;
		for (int i = 0; i < descriptor.size(); i++) {
			usesOvf |= descriptor.extension(i).toString().contains("${ovf.");
		}
		if (!usesOvf) {
			return Optional.empty();
		}
		try {
			return Optional.of(Inputs.environment(settings));
		}
		catch (OvfEnvironmentException ex) {
			if (ex.problems().size() == 1 && ex.problems().get(0).startsWith("No OVF environment found")) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * The keys info and unregister look up: {@code --key}, else the descriptor's.
	 * @param settings the settings
	 * @return the keys
	 */
	static List<String> keys(AgentSettings settings) {
		if (settings.extension().key().isPresent()) {
			return List.of(settings.extension().key().get());
		}
		if (!Files.exists(settings.inputs().descriptor())) {
			throw new UsageException("no extension key: pass --key KEY (agent.extension.key), or --descriptor FILE to "
					+ "take the keys from (%s does not exist)".formatted(settings.inputs().descriptor()));
		}
		Descriptor descriptor = Descriptor.load(settings.inputs().descriptor());
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < descriptor.size(); i++) {
			String key = descriptor.extension(i).path("key").asString().strip();
			if (key.isEmpty() || key.contains("${")) {
				throw new UsageException("%s.key in %s is '%s', not a key; pass --key KEY (agent.extension.key)"
					.formatted(descriptor.pathOf(i), descriptor.file(), key));
			}
			keys.add(key);
		}
		return keys;
	}

	/**
	 * Fetch each plug-in manifest pinned to its declared thumbprint, retrying for
	 * {@code agent.preflight-timeout}, unless {@code --skip-preflight}.
	 * @param context the settings
	 * @param batch the records about to be registered
	 */
	static void preflight(CommandContext context, SoapExtension.Batch batch) {
		FirstBoot
			.preflight(RegisterCommand.firstBootSettings(context.settings()), context.clock(),
					RegisterCommand.retries(context), Optional.empty())
			.ifPresent(
					(preflight) -> preflight.check(batch.extensions().stream().map(SoapExtension::extension).toList()));
	}

}
