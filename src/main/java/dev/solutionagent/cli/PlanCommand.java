package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
	public String name() {
		return "plan";
	}

	@Override
	public String summary() {
		return "Show the plug-in instances and versions of registrations on several vCenters, and what collides";
	}

	@Override
	public List<OptionSpec> options() {
		return List.of(OptionSpec.value("--from", "agent.plan.from", "FILE[,FILE...]",
				"Registration records (JSON or YAML; a record or a list per file), as 'extension info --json' prints"),
				OptionSpec.value("--change", "agent.plan.change", "FILE",
						"Records about to be written: plan the result and warn when the change splits an instance"),
				OptionSpec.flag("--json", "agent.plan.json", "Print the plan as JSON"));
	}

	@Override
	public String description() {
		return """
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

				Examples:
				  solution-agent extension info --vcenter vc1.example.com ... --json > vc1.json    # per vCenter
				  solution-agent plan --from vc1.json,vc2.json,vc3.json
				  solution-agent plan --from current.yaml --change vc3-new-server.yaml --json""";
	}

	@Override
	public ExitStatus run(CommandContext context) {
		ExtensionSettings settings = context.settings().extension();
		if (settings.planFrom().isEmpty()) {
			throw new UsageException("plan needs --from FILE[,FILE...] (agent.plan.from): the registration records "
					+ "that 'solution-agent extension info --json' prints, one file per vCenter or one list");
		}
		List<Registration> current = new ArrayList<>();
		for (Path file : settings.planFrom()) {
			current.addAll(Registrations.read(file));
		}
		Plan plan = settings.planChange().isPresent()
				? Planner.plan(current, Registrations.read(settings.planChange().get())) : Planner.plan(current);
		context.out().print(settings.planJson() ? Registrations.toJson(plan) + "\n" : PlanText.render(plan));
		return ExitStatus.OK;
	}

}
