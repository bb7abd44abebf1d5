package dev.solutionagent.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.ExitStatus;
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
	public String name() {
		return "extension info";
	}

	@Override
	public String summary() {
		return "Print a key's registration: version, company, summary, manifest URL, thumbprint (or --json)";
	}

	@Override
	public List<OptionSpec> options() {
		List<OptionSpec> options = new ArrayList<>(VcenterAccess.OPTIONS);
		options.addAll(List.of(ExtensionUnregisterCommand.KEY, RegisterCommand.DESCRIPTOR, OptionSpec.flag("--json",
				"agent.extension.json", "Print a JSON list of records, the input 'plan --from' reads")));
		return options;
	}

	@Override
	public List<ExitStatus> exitCodes() {
		return VcenterAccess.EXIT_CODES;
	}

	@Override
	public String description() {
		return """
				Looks up each key (--key, else every key of the descriptor) with FindExtension and prints the
				key, version, company, summary, manifest URL (client[0].url) and server thumbprint
				(server[0].serverThumbprint). --json prints a list of records that 'solution-agent plan --from'
				reads as they are: save one file per vCenter and plan them together.

				Examples:
				  solution-agent extension info --vcenter https://vcsa-01.example.com/sdk \\
				      --vcenter-thumbprint 32:17:41:...:A5:33 --credentials /etc/solution-agent/vcenter.cred \\
				      --key com.example.vsphere.remoteplugin
				  solution-agent extension info --vcenter vc1.example.com --vcenter-thumbprint ... \\
				      --key com.example.vsphere.remoteplugin --json > vc1.json""";
	}

	@Override
	public ExitStatus run(CommandContext context) {
		List<String> keys = ExtensionInputs.keys(context.settings());
		List<Registration> found = new ArrayList<>();
		try (VimClient client = VcenterAccess.open(context, this.prompt)) {
			for (String key : keys) {
				RegisteredExtension extension = client.find(key)
					.orElseThrow(() -> new VimException.NotRegistered(client.peer(), key));
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
		for (int i = 0; i < found.size(); i++) {
			Registration registration = found.get(i);
			out.print((i > 0) ? "\n" : "");
			out.println("key:               " + registration.key());
			out.println("version:           " + registration.version());
			out.println("company:           " + registration.company());
			out.println("summary:           " + registration.summary());
			out.println("manifest URL:      " + registration.manifestUrl());
			out.println("server thumbprint: " + registration.serverThumbprint());
			out.println("vCenter:           " + registration.vcenter());
		}
		return ExitStatus.OK;
	}

}
