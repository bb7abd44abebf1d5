package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.environment.TransportSettings;
import dev.solutionagent.ovf.ProductSectionValues;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code agent.*} properties as Spring binds them from options, environment variables
 * and {@code /etc/solution-agent/application.yml}. Mapped once into
 * {@link AgentSettings}; nothing else reads this class.
 */
@ConfigurationProperties("agent")
public class AgentProperties {

	/** The vendor's descriptor of the plug-in's Extension records (YAML or JSON). */
	private Path descriptor = Path.of("/etc/solution-agent/extension.yaml");

	/** The plug-in server's certificate, for ${appliance.thumbprint}. */
	private Path certificate;

	/** An OVF environment file to read instead of the guestinfo and ISO transports. */
	private Path ovfEnv;

	/** Build and print the body without sending it. */
	private boolean dryRun;

	/** Print the real token in the dry-run header line. */
	private boolean showToken;

	private final Payload payload = new Payload();

	private final Appliance appliance = new Appliance();

	private final Transport transport = new Transport();

	private final Ovf ovf = new Ovf();

	public Path getDescriptor() {
		return this.descriptor;
	}

	public void setDescriptor(Path descriptor) {
		this.descriptor = descriptor;
	}

	public Path getCertificate() {
		return this.certificate;
	}

	public void setCertificate(Path certificate) {
		this.certificate = certificate;
	}

	public Path getOvfEnv() {
		return this.ovfEnv;
	}

	public void setOvfEnv(Path ovfEnv) {
		this.ovfEnv = ovfEnv;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public boolean isShowToken() {
		return this.showToken;
	}

	public void setShowToken(boolean showToken) {
		this.showToken = showToken;
	}

	public Payload getPayload() {
		return this.payload;
	}

	public Appliance getAppliance() {
		return this.appliance;
	}

	public Transport getTransport() {
		return this.transport;
	}

	public Ovf getOvf() {
		return this.ovf;
	}

	public static class Payload {

		/** auto, list or per-guid. */
		private String shape = "auto";

		public String getShape() {
			return this.shape;
		}

		public void setShape(String shape) {
			this.shape = shape;
		}

	}

	public static class Appliance {

		/** This appliance's address for ${appliance.address}. */
		private String address;

		/** An OVF property that holds this appliance's address. */
		private String addressProperty;

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getAddressProperty() {
			return this.addressProperty;
		}

		public void setAddressProperty(String addressProperty) {
			this.addressProperty = addressProperty;
		}

	}

	public static class Transport {

		private static final TransportSettings DEFAULTS = TransportSettings.defaults();

		private String rpctool = DEFAULTS.rpctool();

		private String vmtoolsd = DEFAULTS.vmtoolsd();

		private Path mountTable = DEFAULTS.mountTable();

		private List<Path> devices = new ArrayList<>(DEFAULTS.devices());

		private String mount = DEFAULTS.mountProgram();

		private String umount = DEFAULTS.umountProgram();

		private Duration programTimeout = DEFAULTS.programTimeout();

		private int maxBytes = DEFAULTS.maxBytes();

		public String getRpctool() {
			return this.rpctool;
		}

		public void setRpctool(String rpctool) {
			this.rpctool = rpctool;
		}

		public String getVmtoolsd() {
			return this.vmtoolsd;
		}

		public void setVmtoolsd(String vmtoolsd) {
			this.vmtoolsd = vmtoolsd;
		}

		public Path getMountTable() {
			return this.mountTable;
		}

		public void setMountTable(Path mountTable) {
			this.mountTable = mountTable;
		}

		public List<Path> getDevices() {
			return this.devices;
		}

		public void setDevices(List<Path> devices) {
			this.devices = devices;
		}

		public String getMount() {
			return this.mount;
		}

		public void setMount(String mount) {
			this.mount = mount;
		}

		public String getUmount() {
			return this.umount;
		}

		public void setUmount(String umount) {
			this.umount = umount;
		}

		public Duration getProgramTimeout() {
			return this.programTimeout;
		}

		public void setProgramTimeout(Duration programTimeout) {
			this.programTimeout = programTimeout;
		}

		public int getMaxBytes() {
			return this.maxBytes;
		}

		public void setMaxBytes(int maxBytes) {
			this.maxBytes = maxBytes;
		}

	}

	/**
	 * What {@code prepare-ovf} puts into the appliance's OVF descriptor, at build time.
	 */
	public static class Ovf {

		/** The .ovf file that Packer exported. */
		private Path file;

		/** A ProductSection template to use instead of the bundled one. */
		private Path template;

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

}
