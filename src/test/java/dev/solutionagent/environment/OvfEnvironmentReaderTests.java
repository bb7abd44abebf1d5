package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OvfEnvironmentReaderTests {

	private static final Path DOCUMENT = OvfDocuments.SOLUTION_INSTALL.resolve("vsphere-803-two-targets.xml");

	@TempDir
	Path dir;

	@Test
	void readWhenRpctoolAnswersThenGuestInfoWithTheQuotedCommand() throws IOException {
		Path rpctool = FakePrograms.printing(this.dir, "rpctool", DOCUMENT);
		OvfEnvironment environment = read(settings(rpctool.toString(), "absent-vmtoolsd"));
		assertThat(environment.source()).isEqualTo("guestinfo.ovfEnv (" + rpctool + ")");
		assertThat(environment.properties()).containsKey(SolutionInstallContext.TOKEN);
		assertThat(Files.readString(this.dir.resolve("rpctool.log"))).isEqualTo("info-get guestinfo.ovfEnv\n");
	}

	@Test
	void readWhenRpctoolHasNoValueThenVmtoolsdIsAsked() throws IOException {
		Path rpctool = FakePrograms.noValue(this.dir, "rpctool");
		Path vmtoolsd = FakePrograms.printing(this.dir, "vmtoolsd", DOCUMENT);
		OvfEnvironment environment = read(settings(rpctool.toString(), vmtoolsd.toString()));
		assertThat(environment.source()).contains("vmtoolsd");
		assertThat(Files.readString(this.dir.resolve("vmtoolsd.log"))).isEqualTo("--cmd info-get guestinfo.ovfEnv\n");
	}

	@Test
	void readWhenRpctoolMissingThenVmtoolsdIsAsked() {
		Path vmtoolsd = FakePrograms.printing(this.dir, "vmtoolsd", DOCUMENT);
		assertThat(read(settings(this.dir.resolve("not-installed").toString(), vmtoolsd.toString())).source())
			.contains("vmtoolsd");
	}

	@Test
	void readWhenNoGuestInfoThenMountedIsoFileSystem() throws IOException {
		Path mountPoint = Files.createDirectories(this.dir.resolve("media/cd rom"));
		Files.copy(DOCUMENT, mountPoint.resolve("OVF-ENV.XML"));
		Path mounts = Files.writeString(this.dir.resolve("mounts"), "proc /proc proc rw 0 0\n/dev/sr0 "
				+ mountPoint.toString().replace(" ", "\\040") + " iso9660 ro 0 0\n");
		TransportSettings settings = noGuestInfo().withIso(mounts, List.of(), "mount", "umount");
		OvfEnvironment environment = read(settings);
		assertThat(environment.source())
			.isEqualTo("ISO transport (OVF-ENV.XML on iso9660 mounted at " + mountPoint + ")");
	}

	@Test
	void readWhenNothingMountedThenEachDeviceIsMountedReadOnlyAndUnmounted() throws IOException {
		Path disc = Files.createDirectories(this.dir.resolve("disc"));
		Files.copy(DOCUMENT, disc.resolve("ovf-env.xml"));
		Path emptyDisc = Files.createDirectories(this.dir.resolve("empty-disc"));
		// The fake mount copies the "device" folder into the mount point it is given
		// last.
		Path mount = FakePrograms.script(this.dir, "mount", "echo \"$@\" >> '" + this.dir.resolve("mount.log")
				+ "'\nfor last; do :; done\ncp \"$5\"/* \"$last\" 2>/dev/null; exit 0");
		Path umount = FakePrograms.script(this.dir, "umount",
				"echo \"$@\" >> '" + this.dir.resolve("umount.log") + "'\nrm -f \"$1\"/*");
		TransportSettings settings = noGuestInfo().withIso(this.dir.resolve("no-mounts"),
				List.of(this.dir.resolve("sr-missing"), emptyDisc, disc), mount.toString(), umount.toString());
		OvfEnvironment environment = read(settings);
		assertThat(environment.source()).isEqualTo("ISO transport (ovf-env.xml on iso9660 on " + disc + ")");
		assertThat(Files.readAllLines(this.dir.resolve("mount.log"))).hasSize(2)
			.allMatch((line) -> line.startsWith("-o ro -t iso9660 "));
		assertThat(Files.readAllLines(this.dir.resolve("umount.log"))).hasSize(2);
	}

	@Test
	void readWhenNoTransportAnswersThenSaysWhereItLookedAndWhatToDo() {
		TransportSettings settings = noGuestInfo().withIso(this.dir.resolve("no-mounts"), List.of(), "mount", "umount");
		assertThatExceptionOfType(OvfEnvironmentException.class).isThrownBy(() -> read(settings))
			.withMessageContaining("No OVF environment found")
			.withMessageContaining("guestinfo.ovfEnv")
			.withMessageContaining("ISO transport")
			.withMessageContaining("--ovf-env FILE");
	}

	@Test
	void readWhenFileGivenThenOnlyThatFileAndMissingIsAnError() {
		Path rpctool = FakePrograms.printing(this.dir, "rpctool", DOCUMENT);
		TransportSettings settings = settings(rpctool.toString(), "vmtoolsd");
		assertThat(read(settings.withFile(DOCUMENT)).source()).isEqualTo("file " + DOCUMENT);
		assertThat(this.dir.resolve("rpctool.log")).doesNotExist();
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> read(settings.withFile(this.dir.resolve("nope.xml"))))
			.withMessageContaining("nope.xml does not exist");
	}

	@Test
	void readWhenToolPrintsGarbageThenParseErrorNamesTheTool() {
		Path rpctool = FakePrograms.script(this.dir, "rpctool", "echo 'not xml'");
		assertThatExceptionOfType(OvfEnvironmentException.class)
			.isThrownBy(() -> read(settings(rpctool.toString(), "vmtoolsd")))
			.withMessageContaining("guestinfo.ovfEnv (" + rpctool + ")");
	}

	private TransportSettings settings(String rpctool, String vmtoolsd) {
		return TransportSettings.defaults()
			.withGuestInfo(rpctool, vmtoolsd)
			.withIso(this.dir.resolve("no-mounts"), List.of(), "mount", "umount");
	}

	private TransportSettings noGuestInfo() {
		return TransportSettings.defaults()
			.withGuestInfo(FakePrograms.noValue(this.dir, "rpctool").toString(), this.dir.resolve("none").toString());
	}

	private static OvfEnvironment read(TransportSettings settings) {
		return OvfEnvironmentReader.of(settings).read();
	}

}
