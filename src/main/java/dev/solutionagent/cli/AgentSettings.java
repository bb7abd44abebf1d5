package dev.solutionagent.cli;

import java.util.List;

import dev.solutionagent.environment.TransportSettings;

/**
 * The agent's settings, bound once and immutable after: one record of each option group.
 * Every setting that exists is declared in one of the groups' classes, and this lists the
 * groups.
 *
 * @param transport where the OVF environment is read ({@link OvfInputOptions})
 * @param inputs the descriptor and its inputs ({@link DescriptorOptions})
 * @param run what one register run does ({@link RunOptions})
 * @param delivery timeouts, retry, token window and preflight ({@link DeliveryOptions})
 * @param vcenter the vim25 connection of the extension commands ({@link VcenterOptions})
 * @param extension the extension commands' key, mode and simulator
 * ({@link ExtensionOptions})
 * @param plan what plan reads ({@link PlanOptions})
 * @param report validate's and thumbprint's settings ({@link ReportOptions})
 * @param simulation what simulate runs ({@link SimulatorOptions})
 * @param ovf what prepare-ovf does ({@link PrepareOvfOptions})
 */
record AgentSettings(TransportSettings transport, DescriptorOptions.DescriptorInputs inputs, RunOptions.Run run,
		DeliveryOptions.Delivery delivery, VcenterOptions.Connection vcenter, ExtensionOptions.Extension extension,
		PlanOptions.Plan plan, ReportOptions.Report report, SimulatorOptions.Simulation simulation,
		PrepareOvfOptions.Preparation ovf) {

	/** Every setting of the agent, each property once. */
	static final List<Setting<?>> ALL = Options.concat(OvfInputOptions.ALL, DescriptorOptions.ALL, RunOptions.ALL,
			DeliveryOptions.ALL, VcenterOptions.ALL, ExtensionOptions.ALL, PlanOptions.ALL, ReportOptions.ALL,
			SimulatorOptions.ALL, PrepareOvfOptions.ALL);

	/**
	 * Map bound values, checking what Spring cannot: a run must never start with settings
	 * that would only break it later.
	 * @param values the bound values
	 * @return the settings
	 * @throws UsageException naming every property at fault
	 */
	static AgentSettings of(Values values) {
		SettingChecks checks = new SettingChecks();
		TransportSettings transport = OvfInputOptions.of(values, checks);
		DeliveryOptions.Delivery delivery = DeliveryOptions.of(values, checks);
		checks.verify();
		return new AgentSettings(transport, DescriptorOptions.of(values), RunOptions.of(values), delivery,
				VcenterOptions.of(values), ExtensionOptions.of(values), PlanOptions.of(values),
				ReportOptions.of(values), SimulatorOptions.of(values), PrepareOvfOptions.of(values));
	}

}
