package dev.solutionagent.cli;

import java.nio.file.Path;

import dev.solutionagent.ovf.ProductSectionValues;

/**
 * The {@code agent.ovf.*} properties: what {@code prepare-ovf} puts into the appliance's
 * OVF descriptor.
 */
public class OvfProperties {

	/** The .ovf file that Packer exported. */
	private Path file;

	/** A ProductSection template to use instead of the bundled one. */
	private Path template;

	/** A ProductSection of the vendor's own Category and Property elements, appended. */
	private Path properties;

	/** Leave out the optional solutionAgent.vcenter.* (ExtensionManager) group. */
	private boolean noExtensionManager;

	/** How many target vCenter slots to declare. */
	private int slots = ProductSectionValues.DEFAULT_SLOTS;

	/** vmw.vsphereui.solutioninstall.solutionId (default: the plug-in ID). */
	private String solutionId;

	/** vmw.vsphereui.solutioninstall.pluginId (default: the descriptor's key). */
	private String pluginId;

	/** The Product element (default: the descriptor's description.label). */
	private String product;

	/** The Vendor element (default: the descriptor's company). */
	private String vendor;

	/** The Version element (default: the descriptor's version). */
	private String version;

	public Path getFile() {
		return this.file;
	}

	public void setFile(Path file) {
		this.file = file;
	}

	public Path getTemplate() {
		return this.template;
	}

	public void setTemplate(Path template) {
		this.template = template;
	}

	public Path getProperties() {
		return this.properties;
	}

	public void setProperties(Path properties) {
		this.properties = properties;
	}

	public boolean isNoExtensionManager() {
		return this.noExtensionManager;
	}

	public void setNoExtensionManager(boolean noExtensionManager) {
		this.noExtensionManager = noExtensionManager;
	}

	public int getSlots() {
		return this.slots;
	}

	public void setSlots(int slots) {
		this.slots = slots;
	}

	public String getSolutionId() {
		return this.solutionId;
	}

	public void setSolutionId(String solutionId) {
		this.solutionId = solutionId;
	}

	public String getPluginId() {
		return this.pluginId;
	}

	public void setPluginId(String pluginId) {
		this.pluginId = pluginId;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public String getVendor() {
		return this.vendor;
	}

	public void setVendor(String vendor) {
		this.vendor = vendor;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
