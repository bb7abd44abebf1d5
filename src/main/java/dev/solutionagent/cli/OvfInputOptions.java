package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.solutionagent.environment.TransportSettings;

/**
 * Where the OVF environment is read: a file, else guestinfo, else the ISO transport's
 * CD-ROM, with the programs and limits of each.
 */
final class OvfInputOptions {

	private static final TransportSettings DEFAULTS = TransportSettings.defaults();

	static final Setting<Path> OVF_ENV = Setting.option("--ovf-env", "agent.ovf-env", "FILE", Path.class, null,
			"Read the OVF environment from FILE instead of guestinfo and the ISO transport");

	static final Setting<String> RPCTOOL = Setting.setting("agent.transport.rpctool", "PROGRAM", String.class,
			DEFAULTS.rpctool(), "guestinfo: the first program tried");

	static final Setting<String> VMTOOLSD = Setting.setting("agent.transport.vmtoolsd", "PROGRAM", String.class,
			DEFAULTS.vmtoolsd(), "guestinfo: the second program tried");

	static final Setting<Path> MOUNT_TABLE = Setting.setting("agent.transport.mount-table", "FILE", Path.class,
			DEFAULTS.mountTable(), "ISO transport: where mounted file systems are");

	static final Setting<List<Path>> DEVICES = Setting.list(null, "agent.transport.devices", "DEV[,DEV...]", Path.class,
			DEFAULTS.devices(), "ISO transport: CD-ROM devices to mount");

	static final Setting<String> MOUNT = Setting.setting("agent.transport.mount", "PROGRAM", String.class,
			DEFAULTS.mountProgram(), "ISO transport: the mount program");

	static final Setting<String> UMOUNT = Setting.setting("agent.transport.umount", "PROGRAM", String.class,
			DEFAULTS.umountProgram(), "ISO transport: the umount program");

	static final Setting<Duration> PROGRAM_TIMEOUT = Setting.setting("agent.transport.program-timeout", "DURATION",
			Duration.class, DEFAULTS.programTimeout(), "How long each program may run");

	static final Setting<Integer> MAX_BYTES = Setting.setting("agent.transport.max-bytes", "N", Integer.class,
			DEFAULTS.maxBytes(), "The largest OVF environment document read");

	/** The transports' own settings, without the file option. */
	static final List<Setting<?>> TRANSPORT = List.of(RPCTOOL, VMTOOLSD, MOUNT_TABLE, DEVICES, MOUNT, UMOUNT,
			PROGRAM_TIMEOUT, MAX_BYTES);

	static final List<Setting<?>> ALL = Options.concat(List.of(OVF_ENV), TRANSPORT);

	private OvfInputOptions() {
	}

	static TransportSettings of(Values values, SettingChecks checks) {
		checks.positive(PROGRAM_TIMEOUT.property(), values.get(PROGRAM_TIMEOUT))
			.between(MAX_BYTES.property(), values.get(MAX_BYTES), 1024, 64 * 1024 * 1024);
		TransportSettings transport = DEFAULTS.withGuestInfo(values.get(RPCTOOL), values.get(VMTOOLSD))
			.withIso(values.get(MOUNT_TABLE), values.get(DEVICES), values.get(MOUNT), values.get(UMOUNT))
			.withProgramTimeout(values.get(PROGRAM_TIMEOUT))
			.withMaxBytes(values.get(MAX_BYTES));
		return values.find(OVF_ENV).map(transport::withFile).orElse(transport);
	}

}
