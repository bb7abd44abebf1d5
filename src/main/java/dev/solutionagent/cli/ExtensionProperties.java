package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code agent.extension.*} properties: what the extension commands do.
 */
public class ExtensionProperties {

	/** The extension key for info and unregister (default: the descriptor's keys). */
	private String key;

	/** Replace an existing registration of the same key (else register refuses it). */
	private boolean update;

	/** Print info as JSON, in the form plan reads. */
	private boolean json;

	private final Simulator simulator = new Simulator();

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public boolean isUpdate() {
		return this.update;
	}

	public void setUpdate(boolean update) {
		this.update = update;
	}

	public boolean isJson() {
		return this.json;
	}

	public void setJson(boolean json) {
		this.json = json;
	}

	public Simulator getSimulator() {
		return this.simulator;
	}

	public static class Simulator {

		/** The port of the vim25 simulator (0 picks a free one). */
		private int port = 8989;

		/** Where the simulator writes its user's credentials file. */
		private Path credentialsOut = Path.of("vcenter-simulator.cred");

		/** How long the simulator runs; unset runs until stopped. */
		private Duration runFor;

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public Path getCredentialsOut() {
			return this.credentialsOut;
		}

		public void setCredentialsOut(Path credentialsOut) {
			this.credentialsOut = credentialsOut;
		}

		public Duration getRunFor() {
			return this.runFor;
		}

		public void setRunFor(Duration runFor) {
			this.runFor = runFor;
		}

	}

}
