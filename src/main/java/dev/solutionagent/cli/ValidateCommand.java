package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentException;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.DescriptorException;
import dev.solutionagent.extension.ExtensionRules;
import dev.solutionagent.extension.PayloadBuilder;
import dev.solutionagent.extension.Problem;

/**
 * {@code validate}: checks a descriptor, and an environment document when given, and
 * lists every problem at once.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "Check a descriptor (and an OVF environment document) and list every problem";
	}

	@Override
	public List<OptionSpec> options() {
		return List.of(RegisterCommand.DESCRIPTOR, RegisterCommand.OVF_ENV, RegisterCommand.CERTIFICATE,
				RegisterCommand.APPLIANCE_ADDRESS, RegisterCommand.SHAPE, RegisterCommand.ALLOW_HTTP,
				OptionSpec.flag("--json", "agent.validate.json",
						"Print the findings as JSON (file, line, column, severity, path, message), for CI"),
				Settings.ADDRESS_PROPERTY, Settings.MAX_BYTES);
	}

	@Override
	public List<ExitStatus> exitCodes() {
		return List.of(ExitStatus.OK, ExitStatus.USAGE, ExitStatus.ENVIRONMENT);
	}

	@Override
	public String description() {
		return """
				Applies every rule vSphere sets for an Extension record: key characters, a.b.c.d version,
				company, description, client[0] of type vsphere-client-remote with an https plugin.json URL,
				server[0] with a valid SHA-256 serverThumbprint, privilege and resource lists. Without
				--ovf-env, values that come from ${ovf.*} and ${vcenter.*} placeholders are checked at
				deployment; with it, the body is built exactly as register would build it (or, for an
				environment without a token but with the solutionAgent.vcenter.* group, the records are
				checked as the ExtensionManager path would register them).

				Examples:
				  solution-agent validate --descriptor examples/extension.yaml
				  solution-agent validate --descriptor extension.yaml --ovf-env captured-ovf-env.xml \\
				      --certificate server.pem""";
	}

	@Override
	public ExitStatus run(CommandContext context) {
		AgentSettings settings = context.settings();
		Descriptor descriptor = Descriptor.load(settings.descriptor());
		if (settings.transport().file().isEmpty()) {
			PayloadBuilder.Resolution resolution = PayloadBuilder.resolve(descriptor,
					Inputs.placeholders(settings, Optional.empty(), true), ExtensionRules.Api.SOLUTION_INSTALL);
			return report(context, descriptor, resolution.problems(), List.of());
		}
		OvfEnvironment environment = Inputs.environment(settings);
		List<String> environmentProblems = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		if (ExtensionManagerContext.applies(environment)) {
			// No token but the vCenter group: register would take the ExtensionManager
			// path.
			try {
				ExtensionManagerContext.from(environment);
			}
			catch (OvfEnvironmentException ex) {
				environmentProblems.addAll(ex.problems());
			}
			problems.addAll(
					PayloadBuilder
						.resolve(descriptor, Inputs.placeholders(settings, Optional.of(environment), false),
								ExtensionRules.Api.EXTENSION_MANAGER)
						.problems());
			return report(context, descriptor, problems, environmentProblems);
		}
		try {
			SolutionInstallContext install = SolutionInstallContext.from(environment);
			problems.addAll(
					PayloadBuilder
						.build(descriptor, Inputs.placeholders(settings, Optional.of(environment), false),
								settings.shape(), install.targets())
						.warnings());
		}
		catch (OvfEnvironmentException ex) {
			environmentProblems.addAll(ex.problems());
			problems.addAll(
					PayloadBuilder
						.resolve(descriptor, Inputs.placeholders(settings, Optional.of(environment), false),
								ExtensionRules.Api.SOLUTION_INSTALL)
						.problems());
		}
		catch (DescriptorException ex) {
			problems.addAll(ex.problems());
		}
		return report(context, descriptor, problems, environmentProblems);
	}

	private static ExitStatus report(CommandContext context, Descriptor descriptor, List<Problem> problems,
			List<String> environmentProblems) {
		environmentProblems.forEach((problem) -> context.out().println("error OVF environment: " + problem));
		problems.forEach((problem) -> context.out().println(problem));
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		context.out()
			.printf("%s: %d error%s, %d warning%s%s%n", descriptor.file(), errors, (errors == 1) ? "" : "s", warnings,
					(warnings == 1) ? "" : "s", environmentProblems.isEmpty() ? "" : "; OVF environment: "
							+ environmentProblems.size() + " error" + ((environmentProblems.size() == 1) ? "" : "s"));
		if (!environmentProblems.isEmpty()) {
			return ExitStatus.ENVIRONMENT;
		}
		return (errors > 0) ? ExitStatus.USAGE : ExitStatus.OK;
	}

}
