package dev.solutionagent.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.extension.PayloadBuilder;

/**
 * {@code register}: the first-boot job. With {@code --dry-run} it builds and checks the
 * body, prints it, and sends nothing.
 */
final class RegisterCommand implements Command {

	static final OptionSpec OVF_ENV = OptionSpec.value("--ovf-env", "agent.ovf-env", "FILE",
			"Read the OVF environment from FILE instead of guestinfo and the ISO transport");

	static final OptionSpec DESCRIPTOR = OptionSpec.value("--descriptor", "agent.descriptor", "FILE",
			"The plug-in's Extension descriptor, YAML or JSON (default /etc/solution-agent/extension.yaml)");

	static final OptionSpec CERTIFICATE = OptionSpec.value("--certificate", "agent.certificate", "FILE",
			"The plug-in server's certificate (PEM or DER), for ${appliance.thumbprint}");

	static final OptionSpec APPLIANCE_ADDRESS = OptionSpec.value("--appliance-address", "agent.appliance.address",
			"ADDRESS", "The address for ${appliance.address} (default: this machine's first non-loopback address)");

	static final OptionSpec SHAPE = OptionSpec.value("--payload-shape", "agent.payload.shape", "SHAPE",
			"auto (default), list or per-guid");

	@Override
	public String name() {
		return "register";
	}

	@Override
	public String summary() {
		return "Register the plug-in with vCenter through solution install (the first-boot job)";
	}

	@Override
	public List<OptionSpec> options() {
		return List.of(OVF_ENV, DESCRIPTOR, CERTIFICATE, APPLIANCE_ADDRESS, SHAPE,
				OptionSpec.flag("--dry-run", "agent.dry-run", "Build and check the body, print it, send nothing"),
				OptionSpec.flag("--show-token", "agent.show-token",
						"With --dry-run, print the real token instead of its length"));
	}

	@Override
	public String description() {
		return """
				Reads the OVF environment that vCenter injected, builds the Extension records from the
				descriptor, and POSTs them to solutionInstall.postDeployData.endpoint over TLS pinned to
				solutionInstall.postDeployData.thumbprint, with the one-time token in the
				solution-install-token header. The body goes to stdout in a dry run; everything else to stderr.

				Examples:
				  solution-agent register --dry-run --ovf-env examples/ovf-env.xml \\
				      --descriptor examples/extension.yaml --certificate examples/plugin-server.pem
				  AGENT_DESCRIPTOR=/opt/vendor/extension.json solution-agent register --dry-run
				  solution-agent register          # at first boot, from the systemd unit""";
	}

	@Override
	public ExitStatus run(CommandContext context) {
		AgentSettings settings = context.settings();
		if (!settings.dryRun()) {
			throw new UsageException("sending is not available in this build yet; use register --dry-run");
		}
		OvfEnvironment environment = Inputs.environment(settings);
		SolutionInstallContext install = SolutionInstallContext.from(environment);
		Descriptor descriptor = Descriptor.load(settings.descriptor());
		Payload payload = PayloadBuilder.build(descriptor,
				Inputs.placeholders(settings, Optional.of(environment), false), settings.shape(), install.targets());
		describe(context, environment, install, payload);
		context.out().println(payload.bodyText());
		return ExitStatus.OK;
	}

	private static void describe(CommandContext context, OvfEnvironment environment, SolutionInstallContext install,
			Payload payload) {
		var err = context.err();
		err.println("Dry run: nothing is sent. The body below is exactly what register would POST.");
		err.println("OVF environment: " + environment.source());
		err.println("POST " + install.endpoint());
		err.println("  pinned to thumbprint " + install.pin());
		err.println("  solution-install-token: "
				+ (context.settings().showToken() ? install.token().reveal() : install.token().toString()));
		err.println("  Content-Type: application/json");
		err.println("payload shape: " + payload.shape() + " (" + payload.shapeReason() + ")");
		payload.extensionsByGuid()
			.forEach((guid, extensions) -> err.println("  " + (guid.isEmpty() ? "every vCenter" : "vCenter " + guid)
					+ ": " + extensions.stream().map(Object::toString).collect(Collectors.joining(", "))));
		payload.warnings().forEach((warning) -> err.println(warning));
	}

}
