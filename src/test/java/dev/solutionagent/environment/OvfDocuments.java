package dev.solutionagent.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test documents: real captures under {@code ovf-env/real}, solution-install shapes
 * under {@code ovf-env/solution-install}.
 */
final class OvfDocuments {

	static final Path REAL = Path.of("src/test/resources/ovf-env/real");

	static final Path SOLUTION_INSTALL = Path.of("src/test/resources/ovf-env/solution-install");

	private OvfDocuments() {
	}

	static OvfEnvironment real(String name) {
		return parse(REAL.resolve(name));
	}

	static OvfEnvironment solutionInstall(String name) {
		return parse(SOLUTION_INSTALL.resolve(name));
	}

	static OvfEnvironment parse(Path file) {
		try {
			return new OvfEnvironmentParser().parse(Files.readAllBytes(file), "file " + file.getFileName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static OvfEnvironment parse(String xml) {
		return new OvfEnvironmentParser().parse(xml.getBytes(StandardCharsets.UTF_8), "test");
	}

}
