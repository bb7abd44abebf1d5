package dev.solutionagent.environment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where to look for the OVF environment. Program paths and device lists are settings so
 * that tests can point them at fake programs and folders.
 *
 * @param file a document file that replaces every transport, if given
 * @param rpctool the vmware-rpctool program
 * @param vmtoolsd the vmtoolsd program
 * @param mountTable the table of mounted file systems
 * @param devices the CD-ROM devices to mount, in order
 * @param mountProgram the mount program
 * @param umountProgram the umount program
 * @param programTimeout how long a helper program may run
 * @param maxBytes the largest document accepted
 */
public record TransportSettings(Optional<Path> file, String rpctool, String vmtoolsd, Path mountTable,
		List<Path> devices, String mountProgram, String umountProgram, Duration programTimeout, int maxBytes) {

	public TransportSettings {
		devices = List.copyOf(devices);
	}

	public static TransportSettings defaults() {
		return new TransportSettings(Optional.empty(), "vmware-rpctool", "vmtoolsd", Path.of("/proc/mounts"),
				List.of(Path.of("/dev/sr0"), Path.of("/dev/sr1"), Path.of("/dev/cdrom")), "mount", "umount",
				Duration.ofSeconds(15), OvfEnvironmentParser.DEFAULT_MAX_BYTES);
	}

	public TransportSettings withFile(Path file) {
		return new TransportSettings(Optional.of(file), this.rpctool, this.vmtoolsd, this.mountTable, this.devices,
				this.mountProgram, this.umountProgram, this.programTimeout, this.maxBytes);
	}

	public TransportSettings withGuestInfo(String rpctool, String vmtoolsd) {
		return new TransportSettings(this.file, rpctool, vmtoolsd, this.mountTable, this.devices, this.mountProgram,
				this.umountProgram, this.programTimeout, this.maxBytes);
	}

	public TransportSettings withIso(Path mountTable, List<Path> devices, String mountProgram, String umountProgram) {
		return new TransportSettings(this.file, this.rpctool, this.vmtoolsd, mountTable, devices, mountProgram,
				umountProgram, this.programTimeout, this.maxBytes);
	}

	public TransportSettings withProgramTimeout(Duration programTimeout) {
		return new TransportSettings(this.file, this.rpctool, this.vmtoolsd, this.mountTable, this.devices,
				this.mountProgram, this.umountProgram, programTimeout, this.maxBytes);
	}

	public TransportSettings withMaxBytes(int maxBytes) {
		return new TransportSettings(this.file, this.rpctool, this.vmtoolsd, this.mountTable, this.devices,
				this.mountProgram, this.umountProgram, this.programTimeout, maxBytes);
	}

}
