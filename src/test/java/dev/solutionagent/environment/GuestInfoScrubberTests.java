package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.environment.ScrubResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GuestInfoScrubber}, against a fake vmware-rpctool that serves a real
 * OVF environment and records what {@code info-set} receives.
 */
@ExtendWith(OutputCaptureExtension.class)
class GuestInfoScrubberTests {

	private static final String TOKEN_VALUE = "RkFLRS1UT0tFTi1leGFtcGxlLW9ubHktbm90LWEtcmVhbC10b2tlbg==";

	private static final Set<String> TOKEN = Set.of(SolutionInstallContext.TOKEN);

	@TempDir
	Path dir;

	private Path served;

	private Path received;

	@BeforeEach
	void serveExample() throws IOException {
		this.served = this.dir.resolve("ovfEnv.xml");
		this.received = this.dir.resolve("info-set.xml");
		Files.copy(Path.of("examples/ovf-env.xml"), this.served);
	}

	@Test
	void scrubWhenTokenPresentThenWritesDocumentWithoutTokenAndEveryOtherValueUnchanged(CapturedOutput output)
			throws IOException {
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.SCRUBBED);
		assertThat(result.removedKeys()).containsExactly(SolutionInstallContext.TOKEN);
		String written = Files.readString(this.received);
		assertThat(written).doesNotContain(TOKEN_VALUE).doesNotContain(SolutionInstallContext.TOKEN);
		Map<String, String> expected = new LinkedHashMap<>(parse(Files.readAllBytes(this.served)));
		expected.remove(SolutionInstallContext.TOKEN);
		assertThat(parse(written.getBytes(StandardCharsets.UTF_8))).containsExactlyEntriesOf(expected);
		assertThat(written).contains("ve:EthernetAdapterSection").contains("<Kind>VMware ESXi</Kind>");
		assertThat(output).doesNotContain(TOKEN_VALUE).contains("removed solutionInstall.token");
	}

	@Test
	void scrubWhenInfoSetFailsThenReportsFailureWithoutThrowing(CapturedOutput output) throws IOException {
		ScrubResult result = scrubber(fakeRpctool(1)).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.isClean()).isFalse();
		assertThat(result.detail()).contains("refused info-set guestinfo.ovfEnv (exit status 1)");
		assertThat(output).contains("stays in the guest's guestinfo.ovfEnv").doesNotContain(TOKEN_VALUE);
	}

	@Test
	void scrubWhenRpctoolIsMissingThenUnavailable() {
		ScrubResult result = scrubber(this.dir.resolve("no-such-rpctool").toString()).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
		assertThat(result.detail()).contains("no-such-rpctool cannot be used");
	}

	@Test
	void scrubWhenVariableIsUnsetThenUnavailableAndNothingWritten() throws IOException {
		Files.delete(this.served);
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
		assertThat(this.received).doesNotExist();
	}

	@Test
	void scrubWhenTokenAlreadyGoneThenNothingToRemoveAndNothingWritten() throws IOException {
		Files.writeString(this.served, Files.readString(this.served).replaceAll("(?m)^.*solutionInstall.token.*$", ""));
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.NOTHING_TO_REMOVE);
		assertThat(result.isClean()).isTrue();
		assertThat(this.received).doesNotExist();
	}

	@Test
	void scrubWhenDocumentIsMalformedThenFailedWithPositionOnly(CapturedOutput output) throws IOException {
		Files.writeString(this.served, "<Environment><Property value=\"" + TOKEN_VALUE + "\"></Environment>");
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail()).contains("not well-formed XML (line 1");
		assertThat(output).doesNotContain(TOKEN_VALUE);
	}

	@Test
	void scrubWhenAnEntityHasTheSameKeyThenOnlyTheRootPropertyIsRemoved() throws IOException {
		String entity = """
				   <Entity oe:id="database">
				      <PropertySection>
				         <Property oe:key="solutionInstall.token" oe:value="entity-value"/>
				      </PropertySection>
				   </Entity>
				</Environment>""";
		Files.writeString(this.served, Files.readString(this.served).replace("</Environment>", entity));
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(TOKEN);
		assertThat(result.removedKeys()).containsExactly(SolutionInstallContext.TOKEN);
		assertThat(Files.readString(this.received)).doesNotContain(TOKEN_VALUE).contains("entity-value");
	}

	@Test
	void scrubWhenTheTokenValueIsAlsoElsewhereThenNothingIsWrittenAndItIsReported(CapturedOutput output)
			throws IOException {
		String entity = "<Entity oe:id=\"db\"><PropertySection><Property oe:key=\"copy\" oe:value=\"" + TOKEN_VALUE
				+ "\"/></PropertySection></Entity></Environment>";
		Files.writeString(this.served, Files.readString(this.served).replace("</Environment>", entity));
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail()).contains("elsewhere too");
		assertThat(this.received).doesNotExist();
		assertThat(output).doesNotContain(TOKEN_VALUE);
	}

	@Test
	void scrubWhenValuesHoldEscapedCharactersThenTheyStayEqual() throws IOException {
		Path escapes = Path
			.of("src/test/resources/ovf-env/real/vcenter-event-broker-appliance__test_getOvfProperty-fixture.xml");
		Files.copy(escapes, this.served, StandardCopyOption.REPLACE_EXISTING);
		ScrubResult result = scrubber(fakeRpctool(0)).scrub(Set.of("guestinfo.boolvalue"));
		assertThat(result.outcome()).isEqualTo(Outcome.SCRUBBED);
		Map<String, String> expected = new LinkedHashMap<>(parse(Files.readAllBytes(escapes)));
		expected.remove("guestinfo.boolvalue");
		assertThat(parse(Files.readAllBytes(this.received))).containsExactlyEntriesOf(expected)
			.containsEntry("guestinfo.specialchars", "& < > ' \"");
	}

	private GuestInfoScrubber scrubber(String rpctool) {
		return GuestInfoScrubber.of(TransportSettings.defaults()
			.withGuestInfo(rpctool, "vmtoolsd-unused")
			.withProgramTimeout(Duration.ofSeconds(10)));
	}

	private String fakeRpctool(int infoSetExit) throws IOException {
		Path script = this.dir.resolve("vmware-rpctool");
		Files.writeString(script, """
				#!/bin/sh
				case "$1" in
				  "info-get guestinfo.ovfEnv")
				    [ -f '%1$s' ] || { echo 'No value found'; exit 1; }
				    cat '%1$s' ;;
				  "info-set guestinfo.ovfEnv "*)
				    printf '%%s' "${1#info-set guestinfo.ovfEnv }" > '%2$s'
				    exit %3$d ;;
				  *) exit 64 ;;
				esac
				""".formatted(this.served, this.received, infoSetExit));
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		return script.toString();
	}

	private static Map<String, String> parse(byte[] document) {
		return new OvfEnvironmentParser().parse(document, "test").properties();
	}

}
