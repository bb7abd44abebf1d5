package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code agent.ovf.*} settings of {@code prepare-ovf}, bound once. Values left out
 * come from the descriptor.
 *
 * @param file the .ovf file to prepare
 * @param template a ProductSection template instead of the bundled one
 * @param properties the vendor's own properties, appended to the template
 * @param extensionManager whether to declare the solutionAgent.vcenter.* group
 * @param slots the number of target vCenter slots
 * @param solutionId the solution ID
 * @param pluginId the plug-in ID
 * @param product the Product element
 * @param vendor the Vendor element
 * @param version the Version element
 */
record OvfOptions(Optional<Path> file, Optional<Path> template, Optional<Path> properties, boolean extensionManager,
		int slots, Optional<String> solutionId, Optional<String> pluginId, Optional<String> product,
		Optional<String> vendor, Optional<String> version) {

	static OvfOptions of(OvfProperties properties) {
		return new OvfOptions(Optional.ofNullable(properties.getFile()), Optional.ofNullable(properties.getTemplate()),
				Optional.ofNullable(properties.getProperties()), !properties.isNoExtensionManager(),
				properties.getSlots(), text(properties.getSolutionId()), text(properties.getPluginId()),
				text(properties.getProduct()), text(properties.getVendor()), text(properties.getVersion()));
	}

	private static Optional<String> text(String value) {
		return Optional.ofNullable(value).map(String::strip).filter((text) -> !text.isEmpty());
	}

}
