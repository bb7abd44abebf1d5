package dev.solutionagent.ovf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.solutionagent.ovf.OvfInjector.PreparedOvf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static dev.solutionagent.ovf.ProductSectionTemplate.OVF_NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OvfInjector} on a Packer-style export and its manifest.
 */
class OvfInjectorTests {

	private static final Path EXPORT = Path.of("src/test/resources/ovf/packer-export");

	private static final ProductSectionValues VALUES = ProductSectionTemplateTests.VALUES;

	@TempDir
	Path dir;

	private Path ovf;

	private Path manifest;

	@BeforeEach
	void copyExport() throws IOException {
		this.ovf = Files.copy(EXPORT.resolve("example-appliance.ovf"), this.dir.resolve("example-appliance.ovf"));
		this.manifest = Files.copy(EXPORT.resolve("example-appliance.mf"), this.dir.resolve("example-appliance.mf"));
	}

	@Test
	void injectWhenPackerExportThenProductSectionFollowsHardwareWhichHasTheGuestInfoTransport() throws IOException {
		PreparedOvf prepared = inject();
		Element system = Ovf.children(reparse().getDocumentElement(), "VirtualSystem").get(0);
		assertThat(childNames(system)).containsSubsequence("VirtualHardwareSection", "ProductSection",
				"AnnotationSection");
		Element hardware = Ovf.children(system, "VirtualHardwareSection").get(0);
		assertThat(hardware.getAttributeNS(OVF_NS, "transport")).isEqualTo("com.vmware.guestInfo");
		Element section = Ovf.children(system, "ProductSection").get(0);
		assertThat(ProductSectionTemplate.declaredKeys(section)).isEqualTo(prepared.keys())
			.contains("solutionInstall.token", "solutionInstall.targetVcenterServers.2.version");
		assertThat(Files.readString(this.ovf)).contains("<vmw:Config ovf:required=\"false\" vmw:key=\"firmware\"")
			.contains("<ProductSection>")
			.doesNotContain("{{");
	}

	@Test
	void injectWhenRunTwiceThenProductSectionAppearsOnceAndFilesAreIdentical() throws IOException {
		inject();
		byte[] first = Files.readAllBytes(this.ovf);
		byte[] firstManifest = Files.readAllBytes(this.manifest);
		inject();
		assertThat(productSections(reparse())).hasSize(1);
		assertThat(Files.readAllBytes(this.ovf)).isEqualTo(first);
		assertThat(Files.readAllBytes(this.manifest)).isEqualTo(firstManifest);
	}

	@Test
	void injectThenManifestHoldsTheSha256OfTheNewDescriptorAndKeepsTheDiskLine() throws Exception {
		String diskLine = Files.readAllLines(this.manifest).get(0);
		PreparedOvf prepared = inject();
		assertThat(prepared.manifest()).contains(this.manifest);
		assertThat(prepared.algorithm()).contains("SHA256");
		assertThat(Files.readAllLines(this.manifest)).containsExactly(diskLine,
				"SHA256(example-appliance.ovf)= " + hex("SHA-256", Files.readAllBytes(this.ovf)));
	}

	@Test
	void injectWhenManifestIsSha1ThenRefusedAndNothingChanges() throws IOException {
		Files.writeString(this.manifest, "SHA1(example-appliance.ovf)= da39a3ee5e6b4b0d3255bfef95601890afd80709\n");
		byte[] before = Files.readAllBytes(this.ovf);
		assertThatExceptionOfType(OvfException.class).isThrownBy(this::inject)
			.withMessageContaining(this.manifest.toString())
			.withMessageContaining("manifest = \"sha256\"");
		assertThat(Files.readAllBytes(this.ovf)).isEqualTo(before);
	}

	@Test
	void injectWhenThereIsNoManifestThenOnlyTheDescriptorChanges() throws IOException {
		Files.delete(this.manifest);
		assertThat(inject().manifest()).isEmpty();
		assertThat(this.manifest).doesNotExist();
	}

	@Test
	void injectWhenPackageIsSignedThenRefused() throws IOException {
		Files.writeString(this.dir.resolve("example-appliance.cert"), "signature");
		assertThatExceptionOfType(OvfException.class).isThrownBy(this::inject)
			.withMessageContaining("sign it after prepare-ovf");
	}

	@Test
	void injectWhenAnIsoTransportIsDeclaredThenBothAreKept() throws IOException {
		replace("<VirtualHardwareSection>", "<VirtualHardwareSection ovf:transport=\"iso\">");
		inject();
		assertThat(Files.readString(this.ovf)).contains("ovf:transport=\"iso com.vmware.guestInfo\"");
	}

	@Test
	void injectWhenAnUnclassedProductSectionExistsThenItIsReplacedAndAClassedOneKept() throws IOException {
		replace("<AnnotationSection", """
				<ProductSection><Info>old</Info><Product>Old</Product></ProductSection>
				    <ProductSection ovf:class="com.example.app"><Info>app</Info></ProductSection>
				    <AnnotationSection""");
		inject();
		List<Element> sections = productSections(reparse());
		assertThat(sections).hasSize(2);
		assertThat(sections.get(0).getTextContent()).contains("Example Remote Plug-in").doesNotContain("Old");
		assertThat(sections.get(1).getAttributeNS(OVF_NS, "class")).isEqualTo("com.example.app");
	}

	@Test
	void injectWhenElementsUseTheOvfPrefixThenTheProductSectionDoesToo() throws IOException {
		Files.writeString(this.ovf, """
				<?xml version="1.0" encoding="UTF-8"?>
				<ovf:Envelope xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1">
				  <ovf:VirtualSystem ovf:id="vm">
				    <ovf:Info>A virtual machine</ovf:Info>
				    <ovf:VirtualHardwareSection><ovf:Info>hw</ovf:Info></ovf:VirtualHardwareSection>
				  </ovf:VirtualSystem>
				</ovf:Envelope>
				""");
		Files.delete(this.manifest);
		inject();
		assertThat(Files.readString(this.ovf)).contains("<ovf:ProductSection>")
			.contains("<ovf:Property ovf:key=\"solutionInstall.token\"");
		assertThat(productSections(reparse())).hasSize(1);
	}

	@Test
	void injectWhenDescriptorHasADoctypeThenRefused() throws IOException {
		Files.writeString(this.ovf, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\">&e;</Envelope>");
		assertThatExceptionOfType(OvfException.class).isThrownBy(this::inject)
			.withMessageContaining("is not well-formed XML")
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void injectWhenDescriptorIsAVappThenRefused() throws IOException {
		replace("<VirtualSystem ovf:id=\"example-appliance\">",
				"<VirtualSystemCollection ovf:id=\"vapp\"><Info>vApp</Info></VirtualSystemCollection>"
						+ "<VirtualSystem ovf:id=\"example-appliance\">");
		assertThatExceptionOfType(OvfException.class).isThrownBy(this::inject)
			.withMessageContaining("VirtualSystemCollection");
	}

	@Test
	void injectWhenDescriptorIsMissingThenErrorNamesIt() throws IOException {
		Files.delete(this.ovf);
		assertThatExceptionOfType(OvfException.class).isThrownBy(this::inject)
			.withMessageContaining(this.ovf.toString())
			.withMessageContaining("does not exist");
	}

	private PreparedOvf inject() {
		return OvfInjector.inject(this.ovf, ProductSectionTemplate.bundled(), VALUES);
	}

	private Document reparse() throws IOException {
		return Ovf.parse(Files.readAllBytes(this.ovf), "reparsed");
	}

	private void replace(String text, String replacement) throws IOException {
		String original = Files.readString(this.ovf);
		assertThat(original).contains(text);
		Files.writeString(this.ovf, original.replace(text, replacement));
	}

	private static List<String> childNames(Element parent) {
		List<String> names = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element) {
				names.add(node.getLocalName());
			}
		}
		return names;
	}

	private static String hex(String algorithm, byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
	}

	// The ProductSections of the envelope's VirtualSystem, as vCenter reads them.
	private static List<Element> productSections(Document envelope) {
		List<Element> result = new ArrayList<>();
		for (Node node = envelope.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
			if (Ovf.is(node, "VirtualSystem")) {
				result.addAll(Ovf.children((Element) node, "ProductSection"));
			}
		}
		return result;
	}

}
