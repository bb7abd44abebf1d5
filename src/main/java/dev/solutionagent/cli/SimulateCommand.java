package dev.solutionagent.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.simulator.SolutionInstallSimulator;

/**
 * {@code simulate}: runs a local vCenter solution-install endpoint, writes the OVF
 * environment that points {@code register} at it, and serves until stopped.
 */
final class SimulateCommand implements Command {

	private static final String P = "agent.simulator.";

	private final Serving serving;

	SimulateCommand() {
		this(SimulateCommand::untilShutdown);
	}

	SimulateCommand(Serving serving) {
		this.serving = serving;
	}

	@Override
	public Spec spec() {
		return new Spec("simulate",
				"Run a local vCenter solution-install endpoint, with faults, for register to talk to",
				SimulatorOptions.ALL, Spec.USAGE_ONLY,
				"""
						Starts an HTTPS endpoint on 127.0.0.1 that answers POST /api/ui/solutioninstall as vCenter
						does: a one-time token that expires after 30 minutes, vcenterExtensions or
						vcenterExtensionsPerGuid bodies checked against the Extension rules, 401 and 400 answers that
						say why. Its certificate is made at start. A second listener plays the plug-in server
						(any path ending in /plugin.json), with the certificate --write-certificate writes.
						--write-ovf-env writes the OVF environment vSphere would inject (token, endpoint, thumbprint,
						target vCenters) for register --ovf-env. The token is never printed. Faults count POSTs: the
						first --fail-first fail, the next --drop-first lose their answer. The register command it
						prints uses a state folder of its own per run. Serves until Ctrl-C; GET
						/simulator/registrations shows what was registered.

						Examples:
						  solution-agent simulate --write-ovf-env /tmp/ovf-env.xml --write-certificate /tmp/plugin.pem
						  solution-agent simulate --write-ovf-env /tmp/ovf-env.xml --fail-first 2 --retry-after 1
						  solution-agent simulate --write-ovf-env /tmp/ovf-env.xml --drop-first 1     # answer lost
						  solution-agent simulate --write-ovf-env /tmp/ovf-env.xml --target-version none \\
						      --client-version none                                                   # vSphere 8.0 U2
						  solution-agent simulate --write-ovf-env /tmp/ovf-env.xml --other-vcenter-certificate   # exit 60
						  solution-agent simulate --host 0.0.0.0 --advertise-host 192.168.1.20 --port 8443 \\
						      --plugin-port 8444 --write-ovf-env ovf-env.xml          # for a test VM on the LAN""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		SimulatorOptions.Simulation simulation = context.settings().simulation();
		SolutionInstallSimulator simulator = SolutionInstallSimulator
			.start(simulation.settings().withClock(context.clock()), simulation.faults());
		AtomicBoolean stopped = new AtomicBoolean();
		Runnable stop = () -> {
			if (stopped.compareAndSet(false, true)) {
				simulator.close();
				context.err()
					.printf("simulator stopped: %d requests, %d extensions registered, token %s%n",
							simulator.requests().size(), simulator.registrations().size(),
							simulator.tokenUsed() ? "used" : "unused");
			}
		};
		try {
			simulation.ovfEnvFile().ifPresent(simulator::writeOvfEnvironment);
			simulation.certificateFile().ifPresent(simulator::writeCertificatePem);
			SimulatorBanner.print(context.err(), simulator, simulation);
			this.serving.serve(simulator, stop);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			stop.run();
		}
		return ExitStatus.OK;
	}

	// The JVM runs the hook on Ctrl-C or SIGTERM and exits 130 or 143 after it, as every
	// Java program does; the hook stops the simulator and prints the summary first.
	private static void untilShutdown(SolutionInstallSimulator simulator, Runnable stop) throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stop.run();
			stopped.countDown();
		}, "solution-agent-simulate-stop"));
		stopped.await();
	}

	/**
	 * How the command waits while the simulator serves.
	 */
	@FunctionalInterface
	interface Serving {

		/**
		 * Serve until it is time to stop.
		 * @param simulator the running simulator
		 * @param stop stops the simulator and prints the summary; safe to run twice
		 * @throws InterruptedException when the wait is interrupted
		 */
		void serve(SolutionInstallSimulator simulator, Runnable stop) throws InterruptedException;

	}

}
