package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.vim.ExtensionRegistrar;
import dev.solutionagent.vim.RegisteredExtension;
import dev.solutionagent.vim.VimClient;

/**
 * {@code extension unregister}: remove a key's registration from vCenter's
 * ExtensionManager.
 */
final class ExtensionUnregisterCommand implements Command {

	private final CredentialSources.Prompt prompt;

	ExtensionUnregisterCommand(CredentialSources.Prompt prompt) {
		this.prompt = prompt;
	}

	@Override
	public Spec spec() {
		return new Spec("extension unregister", "Unregister a key (exit 9 when it is not registered)",
				Options.concat(VcenterAccess.OPTIONS, List.of(ExtensionOptions.KEY, DescriptorOptions.DESCRIPTOR)),
				VcenterAccess.EXIT_CODES, """
						Looks up each key (--key, else every key of the descriptor) and, when all are registered,
						unregisters them with UnregisterExtension. The vSphere Client drops the plug-in at its next
						check. A key that is not registered changes nothing.

						Examples:
						  solution-agent extension unregister --vcenter https://vcsa-01.example.com/sdk \\
						      --vcenter-thumbprint 32:17:41:...:A5:33 --credentials /etc/solution-agent/vcenter.cred \\
						      --key com.example.vsphere.remoteplugin
						  solution-agent extension unregister --vcenter vcsa-01 --vcenter-thumbprint 32:17:... \\
						      --descriptor /etc/solution-agent/extension.yaml""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		List<String> keys = ExtensionInputs.keys(context.settings());
		try (VimClient client = VcenterAccess.open(context, this.prompt)) {
			for (RegisteredExtension removed : ExtensionRegistrar.unregister(client, keys)) {
				context.out()
					.printf("Unregistered %s %s from vCenter %s%n", removed.key(), removed.version(), client.peer());
			}
		}
		return ExitStatus.OK;
	}

}
