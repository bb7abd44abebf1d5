package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled example files and the fake token in examples/ovf-env.xml.
 */
final class ExampleFiles {

	static final String TOKEN = "RkFLRS1UT0tFTi1leGFtcGxlLW9ubHktbm90LWEtcmVhbC10b2tlbg==";

	private ExampleFiles() {
	}

	static String[] dryRun(String... more) {
		List<String> args = new ArrayList<>(List.of("register", "--dry-run", "--ovf-env", "examples/ovf-env.xml",
				"--descriptor", "examples/extension.yaml", "--certificate", "examples/plugin-server.pem",
				"--appliance-address", "10.0.0.50"));
		args.addAll(Arrays.asList(more));
		return args.toArray(String[]::new);
	}

}
