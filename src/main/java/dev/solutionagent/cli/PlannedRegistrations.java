package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Extension;
import dev.solutionagent.extension.LocatedProblem;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.extension.PayloadBuilder;
import dev.solutionagent.extension.PayloadShape;
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.plan.Registration;
import dev.solutionagent.plan.Registrations;

/**
 * The registrations a deployment would make: the vendor's descriptor resolved for the
 * target vCenters of an OVF environment, one record per vCenter and extension, so that
 * {@code plan} shows instances and versions before anything ships.
 */
final class PlannedRegistrations {

	private PlannedRegistrations() {
	}

	static List<Registration> of(CommandContext context) {
		AgentSettings settings = context.settings();
		OvfEnvironment environment = Inputs.environment(settings);
		SolutionInstallContext install = SolutionInstallContext.from(environment);
		Descriptor descriptor = Descriptor.load(settings.inputs().descriptor());
		Payload payload = PayloadBuilder.build(descriptor, placeholders(settings, environment),
				settings.inputs().shape(), install.targets());
		payload.warnings().stream().map(descriptor::locate).map(LocatedProblem::line).forEach(context.err()::println);
		List<String> hosts = install.targets().isEmpty() ? List.of(install.endpoint().getHost())
				: install.targets().stream().map(TargetVcenter::hostname).toList();
		List<Registration> records = new ArrayList<>();
		for (int i = 0; i < hosts.size(); i++) {
			List<Extension> extensions = (payload.shape() == PayloadShape.PER_GUID)
					? payload.extensionsByGuid().get(install.targets().get(i).guid())
					: payload.extensionsByGuid().get("");
			for (Extension extension : extensions) {
				records.add(Registrations.of(hosts.get(i), extension));
			}
		}
		context.err()
			.printf("Planned from %s for %s of %s (payload shape %s)%n", descriptor.file(),
					install.targets().isEmpty() ? "the endpoint's vCenter " + hosts.get(0)
							: hosts.size() + " target vCenter" + ((hosts.size() == 1) ? "" : "s"),
					environment.source(), payload.shape());
		return records;
	}

	// The laptop's own address would be a guess at the appliance's: without one given,
	// ${appliance.address} stays as written (and is said to).
	private static PlaceholderContext placeholders(AgentSettings settings, OvfEnvironment environment) {
		PlaceholderContext context = Inputs.placeholders(settings, Optional.of(environment), true);
		if (settings.inputs().applianceAddress().isPresent()
				|| settings.inputs().applianceAddressProperty().isPresent()) {
			return context;
		}
		return new PlaceholderContext(context.ovf(), () -> {
			throw new IllegalStateException("pass --appliance-address ADDRESS to plan with the appliance's address");
		}, context.applianceThumbprint(), Optional.empty(), true, context.allowHttp());
	}

}
