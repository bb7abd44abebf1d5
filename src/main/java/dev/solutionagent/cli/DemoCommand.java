package dev.solutionagent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.WindowSettings;
import dev.solutionagent.simulator.Registration;
import dev.solutionagent.simulator.SolutionInstallSimulator;

/**
 * {@code demo}: a whole first boot on one machine. Starts the simulator, writes the OVF
 * environment it would inject, runs {@code register} with the bundled example descriptor
 * and tells what happened.
 */
final class DemoCommand implements Command {

	private static final String DESCRIPTOR = "demo/extension.yaml";

	@Override
	public Spec spec() {
		return new Spec("demo",
				"Run a first boot against a local vCenter simulator with the bundled example (no vCenter needed)",
				List.of(SimulatorOptions.TARGETS.describedAs("Target vCenters (default 2)"),
						SimulatorOptions.TARGET_VERSION.describedAs(
								"Their version (default 8.0.3, which gets the per-GUID payload; none models 8.0 U2)"),
						SimulatorOptions.FAIL_FIRST
							.describedAs("Answer the first N POSTs 503, to watch the agent retry"),
						SimulatorOptions.DROP_FIRST
							.describedAs("Lose the answer to the first N POSTs, to watch exit 7")),
				new RegisterCommand().exitCodes(), """
						Starts the solution-install simulator on a free loopback port, with a certificate made at
						start. It plays both vCenter and the plug-in server. The demo writes the OVF environment
						vSphere would inject into a temporary folder, runs 'register' on it with the bundled
						examples/extension.yaml, prints the story, runs 'register' again to show the done marker,
						and deletes the folder. The exit code is the first register's.

						Examples:
						  solution-agent demo
						  solution-agent demo --fail-first 2          # watch the backoff
						  solution-agent demo --target-version none   # vSphere 8.0 U2: the list payload""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		SimulatorOptions.Simulation simulation = context.settings().simulation();
		PrintStream out = context.out();
		Path folder = temporaryFolder();
		try (SolutionInstallSimulator simulator = SolutionInstallSimulator
			.start(simulation.settings().withClock(context.clock()), simulation.faults())) {
			out.println("solution-agent demo: one first boot, on this machine, against a simulated vCenter.");
			out.println();
			DemoStory.started(out, simulator);
			Path ovfEnv = folder.resolve("ovf-env.xml");
			Path certificate = folder.resolve("plugin-server.pem");
			Path descriptor = copyDescriptor(folder.resolve("extension.yaml"));
			simulator.writeOvfEnvironment(ovfEnv);
			simulator.writeCertificatePem(certificate);
			DemoStory.wrote(out, ovfEnv, certificate, descriptor);
			AgentSettings register = registerSettings(context.settings(), ovfEnv, descriptor, certificate, simulator,
					folder.resolve("state"));
			DemoStory.running(out,
					new String[] { "register", "--ovf-env", ovfEnv.toString(), "--descriptor", descriptor.toString(),
							"--certificate", certificate.toString(), "--appliance-address",
							simulator.applianceAddress(), "--state-dir", folder.resolve("state").toString(),
							"--deployed-at", register.delivery().window().deployedAt().orElseThrow().toString() });
			ExitStatus status = firstBoot(context, register, out);
			List<Registration> registrations = simulator.registrations();
			DemoStory.result(out, status.code(), registrations, folder.resolve("state"), simulator.tokenUsed());
			if (status == ExitStatus.OK) {
				out.println("5. Run it again, as the next boot would: the done marker makes it a no-op.");
				firstBoot(context, register, out);
			}
			out.println();
			out.println("Next: 'solution-agent simulate --help' to try faults, 'solution-agent register --help' for "
					+ "the real thing.");
			return status;
		}
		finally {
			deleteRecursively(folder);
		}
	}

	// register's settings for the demo's files and simulator, the rest as this run's.
	private static AgentSettings registerSettings(AgentSettings settings, Path ovfEnv, Path descriptor,
			Path certificate, SolutionInstallSimulator simulator, Path stateDir) {
		DeliveryOptions.Delivery delivery = settings.delivery();
		WindowSettings window = delivery.window();
		Instant deployed = simulator.tokenExpiresAt().minus(simulator.settings().tokenLifetime());
		return new AgentSettings(settings.transport().withFile(ovfEnv),
				new DescriptorOptions.DescriptorInputs(descriptor, Optional.of(certificate),
						Optional.of(simulator.applianceAddress()), Optional.empty(), settings.inputs().shape(), false),
				new RunOptions.Run(false, false, false, stateDir),
				new DeliveryOptions.Delivery(delivery.http(), delivery.retry(),
						new WindowSettings(Optional.of(deployed), window.bootTimeFile(), window.lifetime(),
								window.margin()),
						false, delivery.preflightTimeout()),
				settings.vcenter(), settings.extension(), settings.plan(), settings.report(), settings.simulation(),
				settings.ovf());
	}

	// One first boot through the orchestrator, its failure told as the funnel tells it.
	private static ExitStatus firstBoot(CommandContext context, AgentSettings settings, PrintStream out) {
		CommandContext register = new CommandContext(settings, context.runtime(), out, context.err());
		try {
			out.println(RegisterCommand.firstBoot(register, PropertyScrubber.GUESTINFO)
				.run(() -> Inputs.environment(settings), new DescriptorRecords(settings, context.clock(), true)));
			return ExitStatus.OK;
		}
		catch (RuntimeException ex) {
			return ExitCodes.report(ex, context.err(), false);
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("solution-agent-demo");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no temporary folder for the demo", ex);
		}
	}

	private static Path copyDescriptor(Path target) {
		try (InputStream in = DemoCommand.class.getResourceAsStream(DESCRIPTOR)) {
			if (in == null) {
				throw new IllegalStateException(DESCRIPTOR + " is missing from the jar; rebuild with mvn package");
			}
			Files.copy(in, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(paths.toList());
			Collections.reverse(all);
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// A leftover temporary folder is not worth failing the demo for.
		}
	}

}
