package dev.solutionagent.ovf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Manifest}: which lines it accepts and how it rewrites one.
 */
class ManifestTests {

	private static final byte[] DESCRIPTOR = "<Envelope/>\n".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void withDescriptorWhenSha256ThenOnlyTheDescriptorLineChanges() throws Exception {
		Path file = write("SHA256(a-disk-0.vmdk)= 0123\nSHA256(a.ovf)= 00\n");
		String updated = text(Manifest.read(file, "a.ovf").withDescriptor("a.ovf", DESCRIPTOR));
		assertThat(updated).isEqualTo("SHA256(a-disk-0.vmdk)= 0123\nSHA256(a.ovf)= " + hex("SHA-256") + "\n");
	}

	@Test
	void withDescriptorWhenSha512AndWindowsLineEndingsThenBothAreKept() throws Exception {
		Path file = write("SHA512(a.ovf)= 00\r\nSHA512(a-disk-0.vmdk)= 0123\r\n");
		Manifest manifest = Manifest.read(file, "a.ovf");
		assertThat(manifest.algorithm()).isEqualTo("SHA512");
		assertThat(text(manifest.withDescriptor("a.ovf", DESCRIPTOR)))
			.isEqualTo("SHA512(a.ovf)= " + hex("SHA-512") + "\r\nSHA512(a-disk-0.vmdk)= 0123\r\n");
	}

	@Test
	void readWhenLineHasSpacesAroundParenthesesThenItIsFound() throws IOException {
		Path file = write("SHA256 (a.ovf) = 00\n");
		assertThat(Manifest.read(file, "a.ovf").algorithm()).isEqualTo("SHA256");
	}

	@Test
	void readWhenSha1ThenRefusedWithWhatToDo() throws IOException {
		Path file = write("SHA1(a.ovf)= da39a3ee5e6b4b0d3255bfef95601890afd80709\n");
		assertThatExceptionOfType(OvfException.class).isThrownBy(() -> Manifest.read(file, "a.ovf"))
			.withMessageContaining(file.toString())
			.withMessageContaining("SHA1")
			.withMessageContaining("manifest = \"sha256\"");
	}

	@Test
	void readWhenTheDescriptorIsNotListedThenRefused() throws IOException {
		Path file = write("SHA256(b.ovf)= 00\n");
		assertThatExceptionOfType(OvfException.class).isThrownBy(() -> Manifest.read(file, "a.ovf"))
			.withMessageContaining("has no line for a.ovf");
	}

	private Path write(String text) throws IOException {
		return Files.writeString(this.dir.resolve("a.mf"), text);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static String hex(String algorithm) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(DESCRIPTOR));
	}

}
