package dev.solutionagent.cli;

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
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.extension.Problem;
import dev.solutionagent.registration.Route;

/**
 * {@code validate}: checks a descriptor, and an environment document when given, and
 * lists every problem at once.
 */
final class ValidateCommand implements Command {

	@Override
	public Spec spec() {
		return new Spec("validate", "Check a descriptor (and an OVF environment document) and list every problem",
				List.of(DescriptorOptions.DESCRIPTOR, OvfInputOptions.OVF_ENV, DescriptorOptions.CERTIFICATE,
						DescriptorOptions.APPLIANCE_ADDRESS, DescriptorOptions.SHAPE, DescriptorOptions.ALLOW_HTTP,
						ReportOptions.VALIDATE_JSON, DescriptorOptions.ADDRESS_PROPERTY, OvfInputOptions.MAX_BYTES),
				List.of(ExitStatus.OK, ExitStatus.USAGE, ExitStatus.ENVIRONMENT), """
						Applies every rule vSphere sets for an Extension record: key characters, a.b.c.d version,
						company, description, client[0] of type vsphere-client-remote with an https plugin.json URL,
						server[0] with a valid SHA-256 serverThumbprint, privilege and resource lists. Without
						--ovf-env, values that come from ${ovf.*} and ${vcenter.*} placeholders are checked at
						deployment; with it, the body is built exactly as register would build it (or, for an
						environment without a token but with the solutionAgent.vcenter.* group, the records are
						checked as the ExtensionManager path would register them). An http:// plug-in URL is an error
						unless --allow-http. Every problem is one line on stdout,
						FILE:LINE:COLUMN: error|warning: $.path: message, then a summary; --json prints the same as
						JSON for CI.

						Examples:
						  solution-agent validate --descriptor examples/extension.yaml
						  solution-agent validate --descriptor extension.yaml --ovf-env captured-ovf-env.xml \\
						      --certificate server.pem
						  solution-agent validate --descriptor extension.yaml --json > validate.json""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		AgentSettings settings = context.settings();
		ValidationReport report = new ValidationReport(settings.inputs().descriptor(), settings.transport().file());
		try {
			check(settings, Descriptor.load(settings.inputs().descriptor()), report);
		}
		catch (DescriptorException ex) {
			report.add(ex.located());
		}
		return report.print(context.out(), settings.report().validateJson());
	}

	private static void check(AgentSettings settings, Descriptor descriptor, ValidationReport report) {
		if (settings.transport().file().isEmpty()) {
			report.add(descriptor, lenient(settings, descriptor));
			return;
		}
		OvfEnvironment environment;
		try {
			environment = Inputs.environment(settings);
		}
		catch (OvfEnvironmentException ex) {
			report.environment(ex.problems());
			report.add(descriptor, lenient(settings, descriptor));
			return;
		}
		PlaceholderContext placeholders = Inputs.placeholders(settings, Optional.of(environment), false);
		if (Route.Kind.of(environment) == Route.Kind.EXTENSION_MANAGER) {
			// No token but the vCenter group: register would take the ExtensionManager
			// path.
			try {
				ExtensionManagerContext.from(environment);
			}
			catch (OvfEnvironmentException ex) {
				report.environment(ex.problems());
			}
			report.add(descriptor,
					PayloadBuilder.resolve(descriptor, placeholders, ExtensionRules.Api.EXTENSION_MANAGER).problems());
			return;
		}
		try {
			SolutionInstallContext install = SolutionInstallContext.from(environment);
			report.add(descriptor,
					PayloadBuilder.build(descriptor, placeholders, settings.inputs().shape(), install.targets())
						.warnings());
		}
		catch (OvfEnvironmentException ex) {
			report.environment(ex.problems());
			report.add(descriptor,
					PayloadBuilder.resolve(descriptor, placeholders, ExtensionRules.Api.SOLUTION_INSTALL).problems());
		}
		catch (DescriptorException ex) {
			report.add(ex.located());
		}
	}

	// Without an environment: ${ovf.*} and ${vcenter.*} wait for the deployment.
	private static List<Problem> lenient(AgentSettings settings, Descriptor descriptor) {
		return PayloadBuilder
			.resolve(descriptor, Inputs.placeholders(settings, Optional.empty(), true),
					ExtensionRules.Api.SOLUTION_INSTALL)
			.problems();
	}

}
