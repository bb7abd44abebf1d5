package dev.solutionagent.cli;

import java.io.PrintStream;
import java.util.List;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentException;
import dev.solutionagent.environment.SecretKey;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.registration.Route;

/**
 * {@code show-env}: prints the parsed OVF environment with the token redacted, and which
 * transport answered.
 */
final class ShowEnvCommand implements Command {

	@Override
	public Spec spec() {
		return new Spec("show-env",
				"Print the OVF environment (token redacted) and what solution install reads from it",
				OvfInputOptions.ALL, List.of(ExitStatus.OK, ExitStatus.USAGE, ExitStatus.ENVIRONMENT), """
						Tries the guestinfo transport (vmware-rpctool, then vmtoolsd), then the ISO transport, unless
						--ovf-env names a file. Prints every property of the root PropertySection, the token as its
						length only, then the solution-install context or every problem with it (or, without a token,
						the solutionAgent.vcenter.* properties of the ExtensionManager path, password redacted).

						Examples:
						  solution-agent show-env
						  solution-agent show-env --ovf-env examples/ovf-env.xml""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		OvfEnvironment environment = Inputs.environment(context.settings());
		var out = context.out();
		out.println("source: " + Printable.escape(environment.source()));
		if (!environment.hasPropertySection()) {
			out.println("properties: none (the document has no PropertySection)");
		}
		else {
			out.println("properties:");
			environment.redacted(SecretKey::isRedacted)
				.properties()
				.forEach((key, value) -> out.println("  " + Printable.escape(key) + " = " + Printable.escape(value)));
		}
		if (Route.Kind.of(environment) == Route.Kind.EXTENSION_MANAGER) {
			return extensionManager(environment, out);
		}
		SolutionInstallContext install;
		try {
			install = SolutionInstallContext.from(environment);
		}
		catch (OvfEnvironmentException ex) {
			out.println("solution install: not possible");
			printProblems(ex, out);
			return ExitStatus.ENVIRONMENT;
		}
		out.println("solution install:");
		out.println("  endpoint: " + install.endpoint());
		out.println("  pinned thumbprint: " + install.pin() + " (" + install.pin().algorithm().jcaName() + ")");
		out.println("  token: " + install.token());
		out.println("  vSphere Client version: "
				+ Printable.escape(install.clientVersion().orElse("not sent (before 8.0 U3)")));
		if (install.targets().isEmpty()) {
			out.println("  target vCenters: none sent (before 8.0 U2)");
		}
		for (TargetVcenter target : install.targets()) {
			out.println(Printable
				.escape("  target vCenter %d: %s, GUID %s, version %s, thumbprint %s".formatted(target.index(),
						target.hostname(), target.guid(), target.version().orElse("not sent"), target.thumbprint())));
		}
		return ExitStatus.OK;
	}

	private static ExitStatus extensionManager(OvfEnvironment environment, PrintStream out) {
		try {
			ExtensionManagerContext vcenter = ExtensionManagerContext.from(environment);
			out.println("ExtensionManager path (no solution-install token):");
			out.println("  vCenter: " + Printable.escape(vcenter.url()));
			out.println("  pinned thumbprint: " + vcenter.pin());
			out.println("  user: " + Printable.escape(vcenter.username()));
			out.println("  password: " + vcenter.password());
			return ExitStatus.OK;
		}
		catch (OvfEnvironmentException ex) {
			out.println("ExtensionManager path (no solution-install token): not possible");
			printProblems(ex, out);
			return ExitStatus.ENVIRONMENT;
		}
	}

	private static void printProblems(OvfEnvironmentException ex, PrintStream out) {
		ex.problems().forEach((problem) -> out.println("  - " + Printable.escape(problem)));
	}

}
