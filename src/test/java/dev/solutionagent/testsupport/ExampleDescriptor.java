package dev.solutionagent.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled {@code examples/extension.yaml} with its plug-in server at a test address,
 * so that the preflight fetches the manifest from a local server.
 */
public final class ExampleDescriptor {

	private ExampleDescriptor() {
	}

	/**
	 * Write the example as {@code extension.yaml}, {@code ${appliance.address}} replaced.
	 * @param folder where
	 * @param address host and port of the plug-in server
	 * @return the file
	 */
	public static Path writeTo(Path folder, String address) {
		try {
			return Files.writeString(folder.resolve("extension.yaml"),
					Files.readString(Path.of("examples/extension.yaml")).replace("${appliance.address}", address));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
