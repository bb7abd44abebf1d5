package dev.solutionagent.environment;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code com.vmware.guestInfo} transport: asks VMware Tools for the
 * {@code guestinfo.ovfEnv} variable with vmware-rpctool, then with vmtoolsd.
 */
public final class GuestInfoTransport implements Transport {

	static final String INFO_GET = "info-get guestinfo.ovfEnv";

	/** How documents from this transport name their source. */
	static final String SOURCE = "guestinfo.ovfEnv";

	private static final Logger logger = LoggerFactory.getLogger(GuestInfoTransport.class);

	private final String rpctool;

	private final String vmtoolsd;

	private final ProcessRunner runner;

	public GuestInfoTransport(String rpctool, String vmtoolsd, ProcessRunner runner) {
		this.rpctool = rpctool;
		this.vmtoolsd = vmtoolsd;
		this.runner = runner;
	}

	@Override
	public Optional<RawDocument> read() {
		return ask(List.of(this.rpctool, INFO_GET)).or(() -> ask(List.of(this.vmtoolsd, "--cmd", INFO_GET)));
	}

	private Optional<RawDocument> ask(List<String> command) {
		String program = command.get(0);
		try {
			ProcessRunner.Result result = this.runner.run(command);
			// Exit status 1 with "No value found" is how VMware Tools says the variable
			// is unset.
			if (result.exitCode() != 0 || result.text().contains("No value found") || result.text().isBlank()) {
				logger.debug("{} has no guestinfo.ovfEnv (exit status {})", program, result.exitCode());
				return Optional.empty();
			}
			return Optional.of(new RawDocument(result.output(), SOURCE + " (" + program + ")"));
		}
		catch (IOException ex) {
			logger.debug("{} cannot be used: {}", program, ex.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public String describe() {
		return "guestinfo.ovfEnv (" + this.rpctool + ", " + this.vmtoolsd + ")";
	}

}
