package dev.solutionagent.ovf;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What prepare-ovf writes into the ProductSection template, checked on construction.
 *
 * @param solutionId {@code vmw.vsphereui.solutioninstall.solutionId}, a reverse domain
 * name
 * @param pluginId {@code vmw.vsphereui.solutioninstall.pluginId}, the extension key
 * @param product the Product element, such as the plug-in's label
 * @param vendor the Vendor element, such as the extension's company
 * @param version the Version element, such as the extension's version
 * @param slots how many target vCenter slots to declare
 */
public record ProductSectionValues(String solutionId, String pluginId, String product, String vendor, String version,
		int slots) {

	/** Enhanced Linked Mode joins at most 15 vCenter Servers, one slot each. */
	public static final int DEFAULT_SLOTS = 15;

	/** A generous bound: every slot adds four properties to the deploy wizard. */
	public static final int MAX_SLOTS = 64;

	// Reverse domain names; they also sit inside ValueMap{"..."}, where a quote would end
	// the value.
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	public ProductSectionValues {
		check("solution ID", solutionId);
		check("plug-in ID", pluginId);
		if (slots < 1 || slots > MAX_SLOTS) {
			throw new OvfException("target vCenter slots",
					"%d is out of range; declare 1 to %d slots (default %d, one per vCenter of a linked group)"
						.formatted(slots, MAX_SLOTS, DEFAULT_SLOTS));
		}
	}

	private static void check(String what, String id) {
		if (!ID.matcher(id).matches()) {
			throw new OvfException(what, ("'%s' is not a reverse domain name such as com.example.vsphere.plugin "
					+ "(letters, digits, '.', '-' and '_')")
				.formatted(id));
		}
	}

	/**
	 * The template markers and their values, {@code {{slot}}} aside.
	 * @return values by marker name
	 */
	Map<String, String> markers() {
		return Map.of("solutionId", this.solutionId, "pluginId", this.pluginId, "product", this.product, "vendor",
				this.vendor, "version", this.version);
	}

}
