package dev.solutionagent.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Extension;
import dev.solutionagent.extension.LocatedProblem;
import dev.solutionagent.extension.Placeholders;
import dev.solutionagent.extension.Problem;
import dev.solutionagent.ovf.DescriptorCheck;
import dev.solutionagent.ovf.OvfInjector;
import dev.solutionagent.ovf.OvfInjector.PreparedOvf;
import dev.solutionagent.ovf.ProductSectionTemplate;
import dev.solutionagent.ovf.ProductSectionValues;

/**
 * {@code prepare-ovf}: the build-time step that gives a Packer-exported .ovf the
 * solution-install ProductSection and the guestinfo transport, and fixes its manifest.
 */
final class PrepareOvfCommand implements Command {

	@Override
	public Spec spec() {
		return new Spec("prepare-ovf",
				"Put the solution-install ProductSection and guestinfo transport into an exported .ovf (build time)",
				settings(), Spec.USAGE_ONLY,
				"""
						Packer's vsphere-iso builder cannot declare vApp properties, so the .ovf it exports has
						no ProductSection and vCenter would inject no solutionInstall.* properties. This command
						renders the ProductSection template (every property solution-agent reads, the token as
						ovf:password, N pre-declared target vCenter slots, the optional ExtensionManager group unless
						--no-extension-manager, your own properties from --properties, and the static
						vmw.vsphereui.solutioninstall.solutionId and pluginId), puts it into the VirtualSystem
						(replacing an earlier one), sets ovf:transport="com.vmware.guestInfo" on the
						VirtualHardwareSection, and rewrites the descriptor's SHA256/SHA512 line in the .mf
						beside it (SHA1 manifests are refused; signed packages too). Running it twice gives the
						same files. With a descriptor it also checks that every ${ovf.<key>} it uses is declared.

						Examples:
						  solution-agent prepare-ovf --ovf packer/output/appliance.ovf --descriptor examples/extension.yaml \\
						      --properties examples/vendor-properties.xml --slots 4 --no-extension-manager
						  solution-agent prepare-ovf --ovf appliance.ovf --plugin-id com.example.vsphere.remoteplugin \\
						      --vendor "Example, Inc." --product-version 1.2.0.0 --slots 4""");
	}

	private List<Setting<?>> settings() {
		List<Setting<?>> options = new ArrayList<>(PrepareOvfOptions.ALL);
		options.add(1, DescriptorOptions.DESCRIPTOR);
		return options;
	}

	@Override
	public ExitStatus run(CommandContext context) {
		AgentSettings settings = context.settings();
		PrepareOvfOptions.Preparation options = settings.ovf();
		Path ovf = options.file()
			.orElseThrow(() -> new UsageException("prepare-ovf needs --ovf FILE (agent.ovf.file): the exported .ovf"));
		Optional<Descriptor> descriptor = descriptor(settings.inputs().descriptor(), options, context.err());
		Optional<Extension> extension = descriptor.filter((d) -> d.size() == 1)
			.map((d) -> Extension.of(d.extension(0)));
		String pluginId = options.pluginId()
			.or(() -> extension.map(Extension::key).filter(PrepareOvfCommand::isLiteral))
			.orElseThrow(() -> new UsageException("prepare-ovf needs --plugin-id ID: descriptor "
					+ settings.inputs().descriptor() + " does not hold exactly one Extension with a literal key"));
		ProductSectionValues values = new ProductSectionValues(options.solutionId().orElse(pluginId), pluginId,
				options.product()
					.or(() -> extension.map(Extension::label).filter(PrepareOvfCommand::isLiteral))
					.orElse(pluginId),
				options.vendor()
					.or(() -> extension.map(Extension::company).filter(PrepareOvfCommand::isLiteral))
					.orElse(""),
				options.version()
					.or(() -> extension.map(Extension::version).filter(PrepareOvfCommand::isLiteral))
					.orElse(""),
				options.slots());
		ProductSectionTemplate template = template(options);
		descriptor.ifPresent((d) -> check(d, template, values, options));
		PreparedOvf prepared = OvfInjector.inject(ovf, template, values);
		PrintStream out = context.out();
		out.println("Prepared " + prepared.ovf());
		out.println("  ProductSection: %d properties, solution %s, plug-in %s, target vCenter slots: %d (--slots)"
			.formatted(prepared.keys().size(), values.solutionId(), values.pluginId(), prepared.slots()));
		out.println("  ExtensionManager group (solutionAgent.vcenter.*): %s"
			.formatted(options.extensionManager() ? "declared (--no-extension-manager leaves it out)" : "left out"));
		options.properties()
			.ifPresent((file) -> out
				.println("  your properties from %s: %s".formatted(file, String.join(", ", ProductSectionTemplate
					.declaredKeys(ProductSectionTemplate.load(file).render(values).getDocumentElement())))));
		out.println("  VirtualHardwareSection: ovf:transport includes com.vmware.guestInfo");
		out.println(prepared.manifest()
			.map((mf) -> "  manifest " + mf + ": " + prepared.algorithm().orElse("") + " line of the .ovf rewritten")
			.orElse("  no manifest beside it (none to update)"));
		return ExitStatus.OK;
	}

	private static ProductSectionTemplate template(PrepareOvfOptions.Preparation options) {
		ProductSectionTemplate template = options.template()
			.map(ProductSectionTemplate::load)
			.orElseGet(ProductSectionTemplate::bundled);
		if (!options.extensionManager()) {
			template = template.without(ExtensionManagerContext.KEYS);
		}
		return options.properties().map(template::with).orElse(template);
	}

	private static Optional<Descriptor> descriptor(Path file, PrepareOvfOptions.Preparation options, PrintStream err) {
		if (Files.exists(file)) {
			return Optional.of(Descriptor.load(file));
		}
		if (options.pluginId().isEmpty()) {
			throw new UsageException("prepare-ovf needs a descriptor or --plugin-id ID: descriptor " + file
					+ " does not exist (pass --descriptor FILE)");
		}
		err.println(
				"Descriptor " + file + " not found: ${ovf.*} placeholders are not checked (pass --descriptor FILE)");
		return Optional.empty();
	}

	private static void check(Descriptor descriptor, ProductSectionTemplate template, ProductSectionValues values,
			PrepareOvfOptions.Preparation options) {
		List<String> keys = ProductSectionTemplate.declaredKeys(template.render(values).getDocumentElement());
		List<Problem> problems = DescriptorCheck.check(descriptor, keys);
		if (!problems.isEmpty()) {
			throw new UsageException("descriptor %s does not fit the ProductSection of %s:%n  - %s%n".formatted(
					descriptor.file(), options.template().map(Path::toString).orElse("the bundled template"),
					problems.stream()
						.map(descriptor::locate)
						.map(LocatedProblem::line)
						.collect(Collectors.joining("\n  - ")))
					+ "Declare the missing properties in a ProductSection file of your own and pass it with "
					+ "--properties FILE (examples/vendor-properties.xml declares one)");
		}
	}

	private static boolean isLiteral(String value) {
		return !value.isBlank() && !Placeholders.isUnresolved(value);
	}

}
