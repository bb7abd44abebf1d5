package dev.solutionagent.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentParser;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.Simulators;
import dev.solutionagent.tls.CertificateFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SimulatorOvfEnvironmentTests {

	@TempDir
	Path directory;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	final Simulators simulators = new Simulators();

	private SolutionInstallSimulator simulator;

	private OvfEnvironment write(SimulatorSettings settings) throws Exception {
		this.simulator = this.simulators.start(settings.withClock(this.clock));
		Path file = this.directory.resolve("ovf-env.xml");
		this.simulator.writeOvfEnvironment(file);
		return new OvfEnvironmentParser().parse(Files.readAllBytes(file), file.toString());
	}

	@Test
	void writeOvfEnvironmentThenTheParserReadsTheSameContext() throws Exception {
		SolutionInstallContext context = SolutionInstallContext.from(write(SimulatorSettings.defaults()));
		assertThat(context.token().reveal()).isEqualTo(this.simulator.token().reveal());
		assertThat(context.endpoint()).isEqualTo(this.simulator.endpoint());
		assertThat(context.pin()).isEqualTo(this.simulator.thumbprint());
		assertThat(context.clientVersion()).hasValue("8.0.3.00300");
		assertThat(context.targets()).isEqualTo(this.simulator.targets());
		assertThat(context.targets()).allSatisfy((target) -> assertThat(target.version()).hasValue("8.0.3"));
	}

	@Test
	void writeOvfEnvironmentWhenVersionsAreNoneThenWritesNoVersionProperties() throws Exception {
		OvfEnvironment environment = write(
				SimulatorSettings.defaults().withTargetVersion("none").withClientVersion("none"));
		assertThat(environment.properties().keySet()).noneMatch((key) -> key.endsWith(".version"));
		SolutionInstallContext context = SolutionInstallContext.from(environment);
		assertThat(context.clientVersion()).isEmpty();
		assertThat(context.targets()).hasSize(2).allSatisfy((target) -> assertThat(target.version()).isEmpty());
	}

	@Test
	void writeOvfEnvironmentWhenNoTargetsThenCountIsZero() throws Exception {
		OvfEnvironment environment = write(SimulatorSettings.defaults().withTargets(0));
		assertThat(environment.property(SolutionInstallContext.TARGET_COUNT)).hasValue("0");
		assertThat(SolutionInstallContext.from(environment).targets()).isEmpty();
	}

	@Test
	void writeOvfEnvironmentWhenVendorPropertiesHoldXmlSpecialsThenTheyRoundTrip() throws Exception {
		String awkward = "a<b & \"c\" 'd' >\tnext\nline";
		OvfEnvironment environment = write(SimulatorSettings.defaults().withOvfProperty("example.note", awkward));
		assertThat(environment.property("example.note")).hasValue(awkward);
	}

	@Test
	void writeOvfEnvironmentThenHasTheShapeVsphereWritesAndOwnerOnlyMode() throws Exception {
		write(SimulatorSettings.defaults());
		Path file = this.directory.resolve("ovf-env.xml");
		assertThat(Files.readString(file)).contains("xmlns=\"http://schemas.dmtf.org/ovf/environment/1\"")
			.contains("xmlns:oe=\"http://schemas.dmtf.org/ovf/environment/1\"")
			.contains("xmlns:ve=\"http://www.vmware.com/schema/ovfenv\"")
			.contains("<PlatformSection>")
			.contains("<Property oe:key=\"solutionInstall.targetVcenterServers.count\" oe:value=\"2\"/>")
			.contains("<ve:EthernetAdapterSection>");
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		try (var entries = Files.list(this.directory)) {
			assertThat(entries).containsExactly(file);
		}
	}

	@Test
	void writeOvfEnvironmentWhenTheDirectoryIsMissingThenSimulatorException() {
		this.simulator = this.simulators.start(SimulatorSettings.defaults().withClock(this.clock));
		Path file = this.directory.resolve("missing/ovf-env.xml");
		assertThatExceptionOfType(SimulatorException.class).isThrownBy(() -> this.simulator.writeOvfEnvironment(file))
			.withMessageContaining(file.toString());
	}

	@Test
	void writeCertificatePemThenHoldsTheCertificateTheSimulatorServes() {
		this.simulator = this.simulators.start(SimulatorSettings.defaults().withClock(this.clock));
		Path file = this.directory.resolve("vcenter.pem");
		this.simulator.writeCertificatePem(file);
		assertThat(CertificateFiles.sha256Thumbprint(file)).isEqualTo(this.simulator.thumbprint());
		assertThat(CertificateFiles.readFirst(file)).isEqualTo(this.simulator.certificate());
	}

}
