package dev.solutionagent.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.simulator.SimulatorSettings;
import dev.solutionagent.simulator.SolutionInstallSimulator;

/**
 * What {@code simulate} tells the user at start: where it listens, what it pins, what it
 * wrote, and the {@code register} command to try. Never the token.
 */
final class SimulatorBanner {

	private static final String EXAMPLE_CERTIFICATE = "examples/plugin-server.pem";

	private SimulatorBanner() {
	}

	static void print(PrintStream err, SolutionInstallSimulator simulator, SimulatorOptions.Simulation simulation) {
		SimulatorSettings settings = simulator.settings();
		err.println("Solution-install simulator (a local stand-in for vCenter, not a vCenter)");
		line(err, "endpoint", simulator.endpoint());
		line(err, "thumbprint", simulator.thumbprint() + " (SHA-256)");
		line(err, "token", simulator.token() + ", one-time, expires " + simulator.tokenExpiresAt());
		line(err, "vSphere Client", settings.clientVersion().orElse("no postDeployData.version (before 8.0 U3)"));
		if (simulator.targets().isEmpty()) {
			line(err, "target vCenters", "none (before 8.0 U2)");
		}
		for (TargetVcenter target : simulator.targets()) {
			line(err, "target vCenter " + target.index(), "%s, GUID %s, version %s".formatted(target.hostname(),
					target.guid(), target.version().orElse("not sent (8.0 U2)")));
		}
		line(err, "plug-in server", simulator.applianceAddress() + " (its own listener and certificate faults)");
		line(err, "plug-in manifest", simulator.manifestUrl());
		line(err, "registrations", simulator.registrationsUrl());
		line(err, "faults", simulator.faults().describe());
		if (settings.isWildcard() && settings.advertiseHost().isEmpty()) {
			err.println("Listening on every address, but " + settings.advertisedHost() + " is written into the OVF "
					+ "environment: pass --advertise-host ADDRESS for a VM to reach this machine.");
		}
		simulation.ovfEnvFile()
			.ifPresent(
					(file) -> err.println("Wrote the OVF environment to " + file + " (mode 0600: it holds the token)"));
		simulation.certificateFile().ifPresent((file) -> err.println("Wrote the simulator's certificate to " + file));
		err.println(registerCommand(simulator, simulation.ovfEnvFile(), simulation.certificateFile()));
		err.println("Serving until Ctrl-C.");
	}

	private static void line(PrintStream err, String label, Object value) {
		err.printf("  %-17s %s%n", label, value);
	}

	/**
	 * The {@code register} command that talks to this simulator: the simulator plays the
	 * plug-in server too, so the appliance address is its own and the deployment time is
	 * when it issued the token.
	 * @param simulator the running simulator
	 * @param ovfEnv the OVF environment file, if one was written
	 * @param certificate the certificate file, if one was written
	 * @return the lines to print
	 */
	static String registerCommand(SolutionInstallSimulator simulator, Optional<Path> ovfEnv,
			Optional<Path> certificate) {
		if (ovfEnv.isEmpty()) {
			return "No OVF environment was written; add --write-ovf-env FILE, then run register --ovf-env FILE.";
		}
		String certificateFile = certificate.map(Path::toString).orElse(EXAMPLE_CERTIFICATE);
		return ("Try, from another terminal:%n  solution-agent register --ovf-env %s --descriptor examples/extension.yaml"
				+ " \\%n      --certificate %s --appliance-address %s \\%n      --deployed-at %s --state-dir %s%s")
			.formatted(quote(ovfEnv.get().toString()), quote(certificateFile), simulator.applianceAddress(),
					simulator.tokenExpiresAt().minus(simulator.settings().tokenLifetime()),
					quote(stateDir(simulator).toString()), certificate.isPresent() ? "" : " --skip-preflight");
	}

	/**
	 * A state folder for this simulator run alone: a folder from an earlier run holds its
	 * done marker, and register would say "already registered" to a new simulator.
	 * @param simulator the running simulator
	 * @return a folder under the temporary folder, named by the port and the token's
	 * issue time
	 */
	static Path stateDir(SolutionInstallSimulator simulator) {
		return Path.of(System.getProperty("java.io.tmpdir"),
				"solution-agent-state-%d-%d".formatted(simulator.address().getPort(),
						simulator.tokenExpiresAt().minus(simulator.settings().tokenLifetime()).getEpochSecond()));
	}

	private static String quote(String word) {
		return word.matches("[A-Za-z0-9_./:=@%+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
	}

}
