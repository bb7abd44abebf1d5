package dev.solutionagent.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;

import dev.solutionagent.Printable;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.LocatedProblem;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.registration.Route;
import dev.solutionagent.vim.VimClient;

/**
 * What a dry run prints: the request it would make on stderr, the body alone on stdout.
 */
final class DryRunReport {

	private DryRunReport() {
	}

	/**
	 * Print what a first boot would do with a plan.
	 * @param context the streams and settings
	 * @param plan the plan
	 * @param descriptor the descriptor, to locate its problems
	 */
	static void print(CommandContext context, Route plan, Descriptor descriptor) {
		if (plan instanceof Route.SolutionInstall install) {
			print(context, install.environment(), install.install(), descriptor, install.payload());
			return;
		}
		Route.ExtensionManager extensionManager = (Route.ExtensionManager) plan;
		context.err()
			.printf("Dry run: nothing is sent. No %s, so register takes the ExtensionManager path: Login to %s "
					+ "as %s over TLS pinned to %s, then each envelope below.%n", "solutionInstall.token",
					extensionManager.endpoint(), Printable.escape(extensionManager.vcenter().username()),
					extensionManager.vcenter().pin());
		extensionManager.batch().problems().forEach(context.err()::println);
		extensionManager.batch()
			.extensions()
			.forEach((extension) -> context.out().println(VimClient.registerEnvelope(extension)));
	}

	private static void print(CommandContext context, OvfEnvironment environment, SolutionInstallContext install,
			Descriptor descriptor, Payload payload) {
		PrintStream err = context.err();
		err.println("Dry run: nothing is sent. The body below is exactly what register would POST.");
		err.println("OVF environment: " + Printable.escape(environment.source()));
		err.println("POST " + Printable.escape(install.endpoint().toString()));
		err.println("  pinned to thumbprint " + install.pin());
		err.println("  solution-install-token: "
				+ (context.settings().run().showToken() ? install.token().reveal() : install.token().toString()));
		err.println("  Content-Type: application/json");
		err.println("payload shape: " + payload.shape() + " (" + payload.shapeReason() + ")");
		payload.extensionsByGuid()
			.forEach((guid, extensions) -> err
				.println(Printable.escape("  " + (guid.isEmpty() ? "every vCenter" : "vCenter " + guid) + ": "
						+ extensions.stream().map(Object::toString).collect(Collectors.joining(", ")))));
		payload.warnings().stream().map(descriptor::locate).map(LocatedProblem::line).forEach(err::println);
		context.out().println(payload.bodyText());
	}

}
