package dev.solutionagent.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.simulator.Registration;
import dev.solutionagent.simulator.SolutionInstallSimulator;

/**
 * The demo's narration: short, numbered, and honest about what is simulated.
 */
final class DemoStory {

	private DemoStory() {
	}

	static void started(PrintStream out, SolutionInstallSimulator simulator) {
		out.println("1. Started a simulated vCenter at " + simulator.endpoint());
		out.println("   Its certificate (made just now) has SHA-256 thumbprint " + simulator.thumbprint() + ".");
		out.println("   It issued a one-time token, valid until "
				+ simulator.tokenExpiresAt().truncatedTo(ChronoUnit.SECONDS) + ", for " + describe(simulator.targets())
				+ ".");
		out.println("   It also plays the plug-in server at " + simulator.applianceAddress()
				+ ", serving plugin.json over the same certificate.");
	}

	static void wrote(PrintStream out, Path ovfEnv, Path certificate, Path descriptor) {
		out.println("2. Wrote what a real deployment provides:");
		out.println("   " + ovfEnv + "  the OVF environment vCenter injects (token inside; mode 0600)");
		out.println("   " + certificate + "  the plug-in server's certificate");
		out.println("   " + descriptor + "  the vendor's descriptor (examples/extension.yaml)");
	}

	static void running(PrintStream out, String[] register) {
		out.println("3. Running the first-boot job (its log goes to stderr):");
		out.println("   solution-agent " + String.join(" ", register));
	}

	static void result(PrintStream out, int code, List<Registration> registrations, Path state, boolean tokenUsed) {
		if (code == 0) {
			Map<String, List<String>> byGuid = registrations.stream()
				.collect(Collectors.groupingBy((r) -> r.guid().map((guid) -> "vCenter " + guid).orElse("every vCenter"),
						LinkedHashMap::new,
						Collectors.mapping((r) -> r.key() + " " + r.version(), Collectors.toList())));
			out.println("4. Registered. The simulated vCenter now holds:");
			byGuid.forEach((guid, extensions) -> out.println("   " + guid + ": " + String.join(", ", extensions)));
			out.println("   The token is " + (tokenUsed ? "used: a second POST would get 401." : "unused."));
			out.println("   " + state.resolve("result.json") + " records the run; " + state.resolve("done")
					+ " marks it done.");
			return;
		}
		out.println("4. register exited " + code + " (see the exit codes in README.md); the simulated vCenter holds "
				+ registrations.size() + " registration(s) and the token is " + (tokenUsed ? "used." : "unused."));
	}

	private static String describe(List<TargetVcenter> targets) {
		if (targets.isEmpty()) {
			return "no target vCenters (as before vSphere 8.0 U2)";
		}
		return targets.size() + " target vCenter" + ((targets.size() == 1) ? "" : "s") + " ("
				+ targets.stream()
					.map((t) -> t.hostname() + " " + t.version().orElse("without version"))
					.collect(Collectors.joining(", "))
				+ ")";
	}

}
