package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.environment.Secret;
import dev.solutionagent.tls.Thumbprint;
import dev.solutionagent.vim.ExtensionRegistrar.OnExisting;
import dev.solutionagent.vim.VimEndpoint;

/**
 * The settings of the extension and plan commands, bound once from
 * {@link AgentProperties} and immutable after.
 *
 * @param vcenter the vCenter's SDK endpoint
 * @param pin the thumbprint vCenter's certificate must have
 * @param credentialsFile a credentials file
 * @param username the vCenter user, without a credentials file
 * @param password the vCenter password, without a credentials file
 * @param key an extension key for info and unregister
 * @param onExisting what register does with a key already registered
 * @param json print info as JSON
 * @param simulatorPort the vim25 simulator's port
 * @param simulatorCredentials where the simulator writes its credentials file
 * @param simulatorRunFor how long the simulator runs, empty until stopped
 * @param planFrom the registration records plan reads
 * @param planChange records plan applies over them
 * @param planJson print the plan as JSON
 */
record ExtensionSettings(Optional<VimEndpoint> vcenter, Optional<Thumbprint> pin, Optional<Path> credentialsFile,
		Optional<String> username, Optional<Secret> password, Optional<String> key, OnExisting onExisting, boolean json,
		int simulatorPort, Path simulatorCredentials, Optional<Duration> simulatorRunFor, List<Path> planFrom,
		Optional<Path> planChange, boolean planJson) {

	ExtensionSettings {
		planFrom = List.copyOf(planFrom);
	}

	/**
	 * Map bound properties, checking values that Spring cannot.
	 * @param properties the bound properties
	 * @return the settings
	 * @throws UsageException naming the property at fault
	 */
	static ExtensionSettings of(AgentProperties properties) {
		VcenterProperties vcenter = properties.getVcenter();
		ExtensionProperties extension = properties.getExtension();
		Optional<VimEndpoint> endpoint = nonBlank(vcenter.getUrl()).map((url) -> {
			try {
				return VimEndpoint.parse(url);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("--vcenter (agent.vcenter.url) " + ex.getMessage());
			}
		});
		Optional<Thumbprint> pin = nonBlank(vcenter.getThumbprint()).map((text) -> {
			try {
				return Thumbprint.parse(text);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("--vcenter-thumbprint (agent.vcenter.thumbprint) " + ex.getMessage());
			}
		});
		OnExisting onExisting = extension.isUpdate() ? OnExisting.UPDATE : OnExisting.REFUSE;
		ExtensionProperties.Simulator simulator = extension.getSimulator();
		PlanProperties plan = properties.getPlan();
		return new ExtensionSettings(endpoint, pin, Optional.ofNullable(vcenter.getCredentials()),
				nonBlank(vcenter.getUsername()), nonBlank(vcenter.getPassword()).map(Secret::of),
				nonBlank(extension.getKey()), onExisting, extension.isJson(), simulator.getPort(),
				simulator.getCredentialsOut(), Optional.ofNullable(simulator.getRunFor()), plan.getFrom(),
				Optional.ofNullable(plan.getChange()), plan.isJson());
	}

	private static Optional<String> nonBlank(String value) {
		return Optional.ofNullable(value).map(String::strip).filter((text) -> !text.isEmpty());
	}

	@Override
	public String toString() {
		return "ExtensionSettings[vcenter=%s, pin=%s, credentialsFile=%s, username=%s, password=%s]".formatted(
				this.vcenter, this.pin, this.credentialsFile, this.username, this.password.map((p) -> "<redacted>"));
	}

}
