package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.plan.Plan;
import dev.solutionagent.plan.PlanText;
import dev.solutionagent.plan.Planner;
import dev.solutionagent.plan.Registration;
import dev.solutionagent.plan.Registrations;

/**
 * {@code plan}: which plug-in instance and version each vCenter's registration makes, by
 * vSphere's rules, with warnings for accidental splits and colliding IDs.
 */
final class PlanCommand implements Command {

	@Override
	public Spec spec() {
		return new Spec("plan",
				"Show the plug-in instances and versions of registrations on several vCenters, and what collides",
				Options.concat(PlanOptions.ALL, List.of(
						OvfInputOptions.OVF_ENV.describedAs(
								"Plan the descriptor for this OVF environment's target vCenters (before shipping)"),
						DescriptorOptions.DESCRIPTOR, DescriptorOptions.CERTIFICATE,
						DescriptorOptions.APPLIANCE_ADDRESS, DescriptorOptions.SHAPE, DescriptorOptions.ALLOW_HTTP)),
				List.of(ExitStatus.OK, ExitStatus.USAGE, ExitStatus.ENVIRONMENT),
				"""
						Reads the registrations of a key on several vCenters and prints, per vCenter, the key, version,
						manifest URL and plug-in instance, by the vSphere Client's rules: the same key and version with a
						different manifest URL is a separate instance (object views follow each vCenter's instance, global
						views get an instance selector); the same key with different versions is multi-version, each
						version's calls routed to its own plug-in server. Warns when manifest URLs differ only in spelling
						or host (a likely accidental split), when --change would split an instance, when versions share a
						manifest URL, and when task, event, fault, privilege or resource IDs are not namespaced by version
						(they collide in linked mode). Records: {vcenter, key, version, manifestUrl, serverThumbprint,
						company, summary, taskIds, eventIds, faultIds, privilegeIds, resourceKeys}; the first four are
						required. Warnings do not change the exit status.
						With --ovf-env, the records come from the descriptor instead, resolved as register would resolve
						it for each target vCenter of that environment (a captured one, or what 'simulate' writes), so the
						instances and versions show before the appliance ships; with --from as well, they are the change
						applied over those records.

						Examples:
						  solution-agent extension info --vcenter vc1.example.com ... --json > vc1.json    # per vCenter
						  solution-agent plan --from vc1.json,vc2.json,vc3.json
						  solution-agent plan --from current.yaml --change vc3-new-server.yaml --json
						  solution-agent plan --descriptor examples/extension.yaml --ovf-env examples/ovf-env.xml \\
						      --appliance-address 10.0.0.50
						  solution-agent plan --from vc1.json --descriptor extension.yaml --ovf-env vc1-ovf-env.xml""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		PlanOptions.Plan settings = context.settings().plan();
		boolean fromDescriptor = context.settings().transport().file().isPresent();
		if (settings.from().isEmpty() && !fromDescriptor) {
			throw new UsageException("plan needs --from FILE[,FILE...] (agent.plan.from): the registration records "
					+ "that 'solution-agent extension info --json' prints, one file per vCenter or one list; or "
					+ "--descriptor FILE --ovf-env FILE to plan what a deployment would register");
		}
		if (fromDescriptor && settings.change().isPresent()) {
			throw new UsageException("--change and --ovf-env both give the records to plan over --from; pass one");
		}
		List<Registration> current = new ArrayList<>();
		for (Path file : settings.from()) {
			current.addAll(Registrations.read(file));
		}
		Optional<List<Registration>> change = settings.change().map(Registrations::read);
		if (fromDescriptor) {
			List<Registration> planned = PlannedRegistrations.of(context);
			if (current.isEmpty()) {
				current = planned;
			}
			else {
				change = Optional.of(planned);
			}
		}
		Plan plan = change.isPresent() ? Planner.plan(current, change.get()) : Planner.plan(current);
		context.out().print(settings.json() ? Registrations.toJson(plan) + "\n" : PlanText.render(plan));
		return ExitStatus.OK;
	}

}
