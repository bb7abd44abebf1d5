package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.vim.ExtensionRegistrar;
import dev.solutionagent.vim.ExtensionRegistrar.Outcome;
import dev.solutionagent.vim.SoapExtension;
import dev.solutionagent.vim.VimClient;

/**
 * {@code extension register} and {@code extension update}: write the descriptor's
 * Extension records to vCenter's ExtensionManager.
 */
final class ExtensionRegisterCommand implements Command {

	private final boolean update;

	private final CredentialSources.Prompt prompt;

	ExtensionRegisterCommand(boolean update, CredentialSources.Prompt prompt) {
		this.update = update;
		this.prompt = prompt;
	}

	@Override
	public Spec spec() {
		String name = this.update ? "extension update" : "extension register";
		return new Spec(name,
				this.update ? "Replace the registration of the descriptor's keys (exit 9 for an unknown key)"
						: "Register the descriptor's Extension records (exit 8 if a key exists, unless --update)",
				settings(), codes(),
				("""
						Builds the Extension records from the descriptor as register does for solution install, checked
						by the same rules (versions may be a.b.c here), then fills what the SOAP API needs as VMware's
						registration tool does: client[0].type vsphere-client-remote and client[0].version the plug-in
						version, server[].type MANIFEST_SERVER unless given, descriptions and company from the extension,
						adminEmail as a list, lastHeartbeatTime now. Each manifest is fetched first (preflight), then
						the records are %s over the vim25 SOAP API,
						every key looked up before anything changes. %s

						Examples:
						  solution-agent %s --vcenter https://vcsa-01.example.com/sdk \\
						      --vcenter-thumbprint 32:17:41:...:A5:33 --credentials /etc/solution-agent/vcenter.cred \\
						      --descriptor /etc/solution-agent/extension.yaml
						  AGENT_VCENTER_USERNAME=administrator@vsphere.local solution-agent %s --vcenter vcsa-01 \\
						      --vcenter-thumbprint 32:17:... --descriptor extension.yaml    # asks for the password
						  solution-agent %s --dry-run --descriptor examples/extension.yaml \\
						      --ovf-env examples/ovf-env.xml --certificate examples/plugin-server.pem""")
					.formatted(this.update ? "written with UpdateExtension" : "written with RegisterExtension",
							this.update ? "A key that is not registered changes nothing."
									: "A key already registered changes nothing, unless --update.",
							name, name, name));
	}

	private List<Setting<?>> settings() {
		List<Setting<?>> options = new ArrayList<>(VcenterAccess.OPTIONS);
		options.addAll(List.of(DescriptorOptions.DESCRIPTOR, OvfInputOptions.OVF_ENV, DescriptorOptions.CERTIFICATE,
				DescriptorOptions.APPLIANCE_ADDRESS));
		if (!this.update) {
			options.add(ExtensionOptions.UPDATE);
		}
		options.add(DeliveryOptions.SKIP_PREFLIGHT.describedAs(
				"Do not fetch the plug-in manifest (client[0].url) pinned to server[0].serverThumbprint first"));
		options.add(RunOptions.DRY_RUN.describedAs("Print the RegisterExtension SOAP envelope; connect to nothing"));
		options.add(DescriptorOptions.ALLOW_HTTP);
		options.add(DescriptorOptions.ADDRESS_PROPERTY);
		options.addAll(DeliveryOptions.RETRY);
		return options;
	}

	private List<ExitStatus> codes() {
		List<ExitStatus> codes = new ArrayList<>(VcenterAccess.EXIT_CODES);
		codes.add(ExitStatus.ENVIRONMENT);
		if (!this.update) {
			codes.remove(ExitStatus.NOT_REGISTERED);
			codes.add(ExitStatus.ALREADY_REGISTERED);
		}
		return codes;
	}

	@Override
	public ExitStatus run(CommandContext context) {
		SoapExtension.Batch batch = ExtensionInputs.batch(context);
		if (context.settings().run().dryRun()) {
			context.err()
				.println("Dry run: nothing is sent. Each envelope below is exactly what " + name() + " would "
						+ "POST to https://VCENTER/sdk after Login (the Login envelope, with the password, is not shown).");
			batch.extensions().forEach((extension) -> context.out().println(VimClient.registerEnvelope(extension)));
			return ExitStatus.OK;
		}
		ExtensionInputs.preflight(context, batch);
		List<Outcome> outcomes;
		String peer;
		try (VimClient client = VcenterAccess.open(context, this.prompt)) {
			peer = client.peer();
			outcomes = this.update ? ExtensionRegistrar.update(client, batch.extensions()) : ExtensionRegistrar
				.register(client, batch.extensions(), context.settings().extension().onExisting());
		}
		for (Outcome outcome : outcomes) {
			context.out()
				.printf("%s %s %s in vCenter %s%s%n",
						(outcome.action() == ExtensionRegistrar.Action.UPDATED) ? "Updated" : "Registered",
						outcome.key(), outcome.version(), peer,
						outcome.previousVersion().map((v) -> " (was " + v + ")").orElse(""));
		}
		return ExitStatus.OK;
	}

}
