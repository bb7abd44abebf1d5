package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.ovf.ProductSectionValues;

/**
 * What {@code prepare-ovf} puts into an exported .ovf. Values left out come from the
 * descriptor.
 */
final class PrepareOvfOptions {

	static final Setting<Path> FILE = Setting.option("--ovf", "agent.ovf.file", "FILE", Path.class, null,
			"The .ovf that Packer exported (edited in place)");

	static final Setting<Path> TEMPLATE = Setting.option("--template", "agent.ovf.template", "FILE", Path.class, null,
			"A whole ProductSection template to use instead of the bundled one");

	static final Setting<Path> PROPERTIES = Setting.option("--properties", "agent.ovf.properties", "FILE", Path.class,
			null, "A ProductSection of your own Category and Property elements, added at the template's end");

	static final Setting<Boolean> NO_EXTENSION_MANAGER = Setting.flag("--no-extension-manager",
			"agent.ovf.no-extension-manager",
			"Leave out the optional solutionAgent.vcenter.* group (registration without solution install)");

	static final Setting<Integer> SLOTS = Setting.option("--slots", "agent.ovf.slots", "N", Integer.class,
			ProductSectionValues.DEFAULT_SLOTS, "Target vCenter slots to declare, 1 to "
					+ ProductSectionValues.MAX_SLOTS + " (default " + ProductSectionValues.DEFAULT_SLOTS + ")");

	static final Setting<String> PLUGIN_ID = Setting.option("--plugin-id", "agent.ovf.plugin-id", "ID", String.class,
			null, "vmw.vsphereui.solutioninstall.pluginId (default: the descriptor's key)");

	static final Setting<String> SOLUTION_ID = Setting.option("--solution-id", "agent.ovf.solution-id", "ID",
			String.class, null, "vmw.vsphereui.solutioninstall.solutionId (default: the plug-in ID)");

	static final Setting<String> PRODUCT = Setting.option("--product", "agent.ovf.product", "NAME", String.class, null,
			"The Product element (default: the descriptor's description.label)");

	static final Setting<String> VENDOR = Setting.option("--vendor", "agent.ovf.vendor", "NAME", String.class, null,
			"The Vendor element (default: the descriptor's company)");

	static final Setting<String> VERSION = Setting.option("--product-version", "agent.ovf.version", "VERSION",
			String.class, null, "The Version element (default: the descriptor's version)");

	static final List<Setting<?>> ALL = List.of(FILE, TEMPLATE, PROPERTIES, NO_EXTENSION_MANAGER, SLOTS, PLUGIN_ID,
			SOLUTION_ID, PRODUCT, VENDOR, VERSION);

	private PrepareOvfOptions() {
	}

	static Preparation of(Values values) {
		return new Preparation(values.find(FILE), values.find(TEMPLATE), values.find(PROPERTIES),
				!values.get(NO_EXTENSION_MANAGER), values.get(SLOTS), values.text(SOLUTION_ID), values.text(PLUGIN_ID),
				values.text(PRODUCT), values.text(VENDOR), values.text(VERSION));
	}

	/**
	 * What prepare-ovf does, bound.
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
	record Preparation(Optional<Path> file, Optional<Path> template, Optional<Path> properties,
			boolean extensionManager, int slots, Optional<String> solutionId, Optional<String> pluginId,
			Optional<String> product, Optional<String> vendor, Optional<String> version) {

	}

}
