package dev.solutionagent.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.Printable;
import dev.solutionagent.plan.Registration;
import dev.solutionagent.plan.Registrations;
import dev.solutionagent.vim.RegisteredExtension;
import dev.solutionagent.vim.VimClient;
import dev.solutionagent.vim.VimException;

/**
 * {@code extension info}: what vCenter's ExtensionManager holds for a key.
 */
final class ExtensionInfoCommand implements Command {

	private final CredentialSources.Prompt prompt;

	ExtensionInfoCommand(CredentialSources.Prompt prompt) {
		this.prompt = prompt;
	}

	@Override
	public Spec spec() {
		return new Spec("extension info",
				"Print every registered extension, or one key's: version, company, summary, manifest URL, thumbprint",
				Options.concat(VcenterAccess.OPTIONS,
						List.of(ExtensionOptions.KEY
							.describedAs("The extension key to look up (default: list every registered extension)"),
								ExtensionOptions.JSON)),
				VcenterAccess.EXIT_CODES,
				"""
						Without --key, lists every extension registered in vCenter (the ExtensionManager's
						extensionList, read with the PropertyCollector, as govc extension.info does); with --key, looks
						that key up with FindExtension. Prints the key, version, company, summary, manifest URL
						(client[0].url) and server thumbprint (server[0].serverThumbprint) of each. --json prints a list of
						records that 'solution-agent plan --from' reads as they are: save one file per vCenter and plan
						them together.

						Examples:
						  solution-agent extension info --vcenter https://vcsa-01.example.com/sdk \\
						      --vcenter-thumbprint 32:17:41:...:A5:33 --credentials /etc/solution-agent/vcenter.cred
						  solution-agent extension info --vcenter vcsa-01.example.com --vcenter-thumbprint ... \\
						      --credentials /etc/solution-agent/vcenter.cred --key com.example.vsphere.remoteplugin
						  solution-agent extension info --vcenter vc1.example.com --vcenter-thumbprint ... \\
						      --key com.example.vsphere.remoteplugin --json > vc1.json""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		Optional<String> key = context.settings().extension().key();
		List<Registration> found = new ArrayList<>();
		try (VimClient client = VcenterAccess.open(context, this.prompt)) {
			List<RegisteredExtension> extensions = key.isPresent() ? List
				.of(client.find(key.get()).orElseThrow(() -> new VimException.NotRegistered(client.peer(), key.get())))
					: client.list();
			for (RegisteredExtension extension : extensions) {
				found.add(new Registration(client.peer(), extension.key(), extension.version(), extension.manifestUrl(),
						extension.serverThumbprint(), extension.company(), extension.summary(), extension.taskIds(),
						extension.eventIds(), extension.faultIds(), extension.privilegeIds(),
						extension.resourceKeys()));
			}
		}
		if (context.settings().extension().json()) {
			context.out().println(Registrations.toJson(found));
			return ExitStatus.OK;
		}
		PrintStream out = context.out();
		if (found.isEmpty()) {
			out.println("No extension is registered.");
		}
		// Values come from vCenter: no control character reaches the terminal.
		for (int i = 0; i < found.size(); i++) {
			Registration registration = found.get(i);
			out.print((i > 0) ? "\n" : "");
			out.println("key:               " + Printable.escape(registration.key()));
			out.println("version:           " + Printable.escape(registration.version()));
			out.println("company:           " + Printable.escape(registration.company()));
			out.println("summary:           " + Printable.escape(registration.summary()));
			out.println("manifest URL:      " + Printable.escape(registration.manifestUrl()));
			out.println("server thumbprint: " + Printable.escape(registration.serverThumbprint()));
			out.println("vCenter:           " + Printable.escape(registration.vcenter()));
		}
		return ExitStatus.OK;
	}

}
