package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.environment.ScrubResult.Outcome;
import dev.solutionagent.testsupport.FakeVmwareTools;
import dev.solutionagent.testsupport.FakeVmwareTools.Call;
import dev.solutionagent.testsupport.HostileXml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GuestInfoScrubber}, against a fake vmware-rpctool and vmtoolsd that
 * serve a real OVF environment and record what every call is handed.
 */
@ExtendWith(OutputCaptureExtension.class)
class GuestInfoScrubberTests {

	private static final String TOKEN_VALUE = "RkFLRS1UT0tFTi1leGFtcGxlLW9ubHktbm90LWEtcmVhbC10b2tlbg==";

	private static final Set<String> TOKEN = Set.of(SolutionInstallContext.TOKEN);

	@TempDir
	Path dir;

	private Path served;

	private FakeVmwareTools tools;

	@BeforeEach
	void serveExample() throws IOException {
		this.served = this.dir.resolve("ovfEnv.xml");
		Files.copy(Path.of("examples/ovf-env.xml"), this.served);
		this.tools = FakeVmwareTools.install(Files.createDirectory(this.dir.resolve("tools")), this.served);
	}

	@Test
	void scrubWhenTokenPresentThenWritesDocumentWithoutTokenAndEveryOtherValueUnchanged(CapturedOutput output)
			throws IOException {
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.SCRUBBED);
		assertThat(result.removedKeys()).containsExactly(SolutionInstallContext.TOKEN);
		String written = this.tools.written().orElseThrow();
		assertThat(written).doesNotContain(TOKEN_VALUE).doesNotContain(SolutionInstallContext.TOKEN);
		Map<String, String> expected = new LinkedHashMap<>(parse(Files.readAllBytes(this.served)));
		expected.remove(SolutionInstallContext.TOKEN);
		assertThat(parse(written.getBytes(StandardCharsets.UTF_8))).containsExactlyEntriesOf(expected);
		assertThat(written).contains("ve:EthernetAdapterSection").contains("<Kind>VMware ESXi</Kind>");
		assertThat(output).doesNotContain(TOKEN_VALUE).contains("removed solutionInstall.token");
	}

	@Test
	void scrubThenReadsWithAnArgumentAndWritesFromAPrivateCommandFileThatIsDeletedAfterwards() throws IOException {
		scrubber().scrub(TOKEN);
		List<Call> calls = this.tools.calls();
		assertThat(calls).extracting(Call::program).containsExactly("vmware-rpctool", "vmtoolsd");
		assertThat(calls.get(0).argv()).containsExactly("info-get guestinfo.ovfEnv");
		Call set = calls.get(1);
		assertThat(set.argv()).hasSize(2).startsWith("--cmdfile");
		assertThat(set.cmdfile()).hasValueSatisfying(
				(command) -> assertThat(command).startsWith("info-set guestinfo.ovfEnv <?xml").doesNotEndWith("\n"));
		assertThat(set.cmdfileMode()).contains("600");
		assertThat(set.folderMode()).contains("700");
		Path file = Path.of(set.argv().get(1));
		assertThat(file).doesNotExist();
		assertThat(file.getParent()).doesNotExist();
	}

	@Test
	void scrubWhenDocumentHoldsCredentialsAndVendorSecretsThenNoneReachesAnyArgumentEnvironmentOrInput()
			throws IOException {
		Map<String, String> secrets = Map.of(ExtensionManagerContext.USERNAME, "administrator@vsphere.local",
				ExtensionManagerContext.PASSWORD, "Adm1n!pass-word", "vendor.apiKey", "vendor-api-key-0123456789");
		StringBuilder properties = new StringBuilder();
		secrets.forEach(
				(key, value) -> properties.append("<Property oe:key=\"%s\" oe:value=\"%s\"/>".formatted(key, value)));
		Files.writeString(this.served,
				Files.readString(this.served).replace("</PropertySection>", properties + "</PropertySection>"));
		Set<String> keys = Set.of(SolutionInstallContext.TOKEN, ExtensionManagerContext.USERNAME,
				ExtensionManagerContext.PASSWORD);
		assertThat(scrubber().scrub(keys).outcome()).isEqualTo(Outcome.SCRUBBED);
		assertThat(this.tools.written()).hasValueSatisfying((written) -> assertThat(written)
			.doesNotContain(TOKEN_VALUE, secrets.get(ExtensionManagerContext.PASSWORD))
			.contains(secrets.get("vendor.apiKey")));
		assertThat(this.tools.calls()).hasSize(2).allSatisfy((call) -> {
			assertThat(call.exposed()).doesNotContain(TOKEN_VALUE).doesNotContain(secrets.values());
			assertThat(call.stdin()).isEmpty();
		});
	}

	@Test
	void scrubWhenInfoSetFailsThenReportsFailureWithoutThrowingAndDeletesTheCommandFile(CapturedOutput output)
			throws IOException {
		this.tools.failInfoSet(1);
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.isClean()).isFalse();
		assertThat(result.detail()).contains("refused info-set guestinfo.ovfEnv (exit status 1)");
		assertThat(output).contains("stays in the guest's guestinfo.ovfEnv").doesNotContain(TOKEN_VALUE);
		assertThat(Path.of(this.tools.calls().get(1).argv().get(1)).getParent()).doesNotExist();
	}

	@Test
	void scrubWhenVmtoolsdIsMissingThenFailsAndNeverFallsBackToAnArgument(CapturedOutput output) throws IOException {
		ScrubResult result = new GuestInfoScrubber(this.tools.rpctool().toString(),
				this.dir.resolve("no-such-vmtoolsd").toString(), runner(), OvfEnvironmentParser.DEFAULT_MAX_BYTES)
			.scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail()).contains("no-such-vmtoolsd cannot set guestinfo.ovfEnv");
		assertThat(this.tools.calls()).singleElement()
			.satisfies((call) -> assertThat(call.argv()).containsExactly("info-get guestinfo.ovfEnv"));
		assertThat(this.tools.written()).isEmpty();
		assertThat(output).contains("WARN").contains("stays in the guest's guestinfo.ovfEnv");
	}

	@Test
	void scrubWhenRpctoolIsMissingThenUnavailable() {
		ScrubResult result = new GuestInfoScrubber(this.dir.resolve("no-such-rpctool").toString(),
				this.tools.vmtoolsd().toString(), runner(), OvfEnvironmentParser.DEFAULT_MAX_BYTES)
			.scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
		assertThat(result.detail()).contains("no-such-rpctool cannot be used");
	}

	@Test
	void scrubWhenVariableIsUnsetThenUnavailableAndNothingWritten() throws IOException {
		Files.delete(this.served);
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
		assertThat(this.tools.written()).isEmpty();
	}

	@Test
	void scrubWhenTokenAlreadyGoneThenNothingToRemoveAndNothingWritten() throws IOException {
		Files.writeString(this.served, Files.readString(this.served).replaceAll("(?m)^.*solutionInstall.token.*$", ""));
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.NOTHING_TO_REMOVE);
		assertThat(result.isClean()).isTrue();
		assertThat(this.tools.written()).isEmpty();
	}

	@Test
	void scrubWhenDocumentIsMalformedThenFailedWithPositionOnly(CapturedOutput output) throws IOException {
		Files.writeString(this.served, "<Environment><Property value=\"" + TOKEN_VALUE + "\"></Environment>");
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail()).contains("not well-formed XML (line 1");
		assertThat(output).doesNotContain(TOKEN_VALUE);
	}

	@Test
	void scrubWhenDocumentIsNestedDeeperThanLimitThenFailsWithoutThrowing() throws IOException {
		Files.writeString(this.served, HostileXml.deepened(Files.readString(this.served), HostileXml.DEEP));
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail()).startsWith("guestinfo.ovfEnv is nested deeper than 100 elements (line ");
		assertThat(this.tools.written()).isEmpty();
	}

	@Test
	void scrubWhenDocumentIsLargerThanTheCapThenFailsWithoutParsingIt() throws IOException {
		ScrubResult result = new GuestInfoScrubber(this.tools.rpctool().toString(), this.tools.vmtoolsd().toString(),
				runner(), 1024)
			.scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail())
			.isEqualTo("guestinfo.ovfEnv is larger than the 1024 bytes allowed (agent.transport.max-bytes)");
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
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.removedKeys()).containsExactly(SolutionInstallContext.TOKEN);
		assertThat(this.tools.written())
			.hasValueSatisfying((written) -> assertThat(written).doesNotContain(TOKEN_VALUE).contains("entity-value"));
	}

	@Test
	void scrubWhenTheTokenValueIsAlsoElsewhereThenNothingIsWrittenAndItIsReported(CapturedOutput output)
			throws IOException {
		String entity = "<Entity oe:id=\"db\"><PropertySection><Property oe:key=\"copy\" oe:value=\"" + TOKEN_VALUE
				+ "\"/></PropertySection></Entity></Environment>";
		Files.writeString(this.served, Files.readString(this.served).replace("</Environment>", entity));
		ScrubResult result = scrubber().scrub(TOKEN);
		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.detail()).contains("elsewhere too");
		assertThat(this.tools.written()).isEmpty();
		assertThat(output).doesNotContain(TOKEN_VALUE);
	}

	@Test
	void scrubWhenValuesHoldEscapedCharactersThenTheyStayEqual() throws IOException {
		Path escapes = Path
			.of("src/test/resources/ovf-env/real/vcenter-event-broker-appliance__test_getOvfProperty-fixture.xml");
		Files.copy(escapes, this.served, StandardCopyOption.REPLACE_EXISTING);
		ScrubResult result = scrubber().scrub(Set.of("guestinfo.boolvalue"));
		assertThat(result.outcome()).isEqualTo(Outcome.SCRUBBED);
		Map<String, String> expected = new LinkedHashMap<>(parse(Files.readAllBytes(escapes)));
		expected.remove("guestinfo.boolvalue");
		assertThat(parse(this.tools.written().orElseThrow().getBytes(StandardCharsets.UTF_8)))
			.containsExactlyEntriesOf(expected)
			.containsEntry("guestinfo.specialchars", "& < > ' \"");
	}

	private GuestInfoScrubber scrubber() {
		return GuestInfoScrubber.of(TransportSettings.defaults()
			.withGuestInfo(this.tools.rpctool().toString(), this.tools.vmtoolsd().toString())
			.withProgramTimeout(Duration.ofSeconds(10)));
	}

	private static ProcessRunner runner() {
		return new ProcessRunner(Duration.ofSeconds(10), OvfEnvironmentParser.DEFAULT_MAX_BYTES);
	}

	private static Map<String, String> parse(byte[] document) {
		return new OvfEnvironmentParser().parse(document, "test").properties();
	}

}
