package dev.solutionagent.cli;

import java.util.List;

import dev.solutionagent.ExitStatus;

/**
 * {@code extension}: the group of commands that register the plug-in in vCenter's
 * ExtensionManager over the vim25 SOAP API, where solution install is not available.
 */
final class ExtensionCommand implements Command {

	private final List<Command> subcommands;

	ExtensionCommand() {
		this(CredentialSources.Prompt.console());
	}

	ExtensionCommand(CredentialSources.Prompt prompt) {
		this.subcommands = List.of(new ExtensionRegisterCommand(false, prompt),
				new ExtensionRegisterCommand(true, prompt), new ExtensionUnregisterCommand(prompt),
				new ExtensionInfoCommand(prompt), new ExtensionSimulateCommand());
	}

	@Override
	public Spec spec() {
		return new Spec("extension",
				"Register the plug-in in vCenter's ExtensionManager (vim25 SOAP), without solution install", List.of(),
				Spec.USAGE_ONLY,
				"""
						Solution install needs vCenter 8.0 U1 or later and a deployment from the vSphere Client; elsewhere
						a remote plug-in is registered in vCenter's ExtensionManager, as VMware's extension-registration.sh
						does. These commands do it from the same descriptor, over TLS pinned to --vcenter-thumbprint
						(a missing or wrong pin exits 60 and prints the thumbprint vCenter presented), with credentials
						from a 0600 file, AGENT_VCENTER_USERNAME/AGENT_VCENTER_PASSWORD, or a prompt; never from the
						command line. Each subcommand's --help lists its exit codes.

						Examples:
						  solution-agent extension register --vcenter https://vcsa-01.example.com/sdk \\
						      --vcenter-thumbprint 32:17:41:...:A5:33 --credentials /etc/solution-agent/vcenter.cred \\
						      --descriptor /etc/solution-agent/extension.yaml
						  solution-agent extension info --vcenter vcsa-01.example.com --vcenter-thumbprint 32:17:... \\
						      --key com.example.vsphere.remoteplugin --json""");
	}

	@Override
	public List<Command> subcommands() {
		return this.subcommands;
	}

	@Override
	public ExitStatus run(CommandContext context) {
		throw new IllegalStateException("extension is a group; its subcommands run");
	}

}
