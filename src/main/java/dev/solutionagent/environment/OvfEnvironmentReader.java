package dev.solutionagent.environment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds and parses the OVF environment: the file the user named, or else the first
 * transport that answers (guestinfo, then ISO).
 */
public final class OvfEnvironmentReader {

	private final List<Transport> transports;

	private final OvfEnvironmentParser parser;

	public OvfEnvironmentReader(List<Transport> transports, OvfEnvironmentParser parser) {
		this.transports = List.copyOf(transports);
		this.parser = parser;
	}

	public static OvfEnvironmentReader of(TransportSettings settings) {
		OvfEnvironmentParser parser = new OvfEnvironmentParser(settings.maxBytes());
		if (settings.file().isPresent()) {
			return new OvfEnvironmentReader(List.of(new FileTransport(settings.file().get(), settings.maxBytes())),
					parser);
		}
		ProcessRunner runner = new ProcessRunner(settings.programTimeout(), settings.maxBytes());
		return new OvfEnvironmentReader(List.of(new GuestInfoTransport(settings.rpctool(), settings.vmtoolsd(), runner),
				new IsoTransport(settings.mountTable(), settings.devices(), settings.mountProgram(),
						settings.umountProgram(), runner, settings.maxBytes())),
				parser);
	}

	/**
	 * Read the environment from the first transport that has one.
	 * @return the parsed environment, naming its source
	 * @throws OvfEnvironmentException when no transport has a document or the document is
	 * invalid
	 */
	public OvfEnvironment read() {
		for (Transport transport : this.transports) {
			Optional<Transport.RawDocument> document = transport.read();
			if (document.isPresent()) {
				return this.parser.parse(document.get().content(), document.get().source());
			}
		}
		String looked = this.transports.stream().map(Transport::describe).collect(Collectors.joining("; "));
		throw OvfEnvironmentException.notFound(looked);
	}

}
