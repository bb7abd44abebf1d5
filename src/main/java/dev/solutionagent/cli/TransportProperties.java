package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.environment.TransportSettings;

/**
 * The {@code agent.transport.*} properties: where the OVF environment is looked for.
 */
public class TransportProperties {

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
