package dev.solutionagent.ovf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OVF manifest ({@code .mf}): one {@code ALGORITHM(file)= hex} line per file of the
 * package, as Packer and ovftool write it. Only the line of the descriptor changes; SHA1
 * manifests are refused rather than rewritten, since SHA-1 is deprecated for OVF packages
 * and Packer writes SHA256 unless told otherwise.
 */
final class Manifest {

	private static final Pattern LINE = Pattern
		.compile("\\s*(SHA1|SHA256|SHA512)\\s*\\((.+)\\)\\s*=\\s*([0-9A-Fa-f]+)\\s*");

	private static final Map<String, String> DIGESTS = Map.of("SHA256", "SHA-256", "SHA512", "SHA-512");

	private final Path file;

	private final List<String> lines;

	private final String lineSeparator;

	private final int descriptorLine;

	private final String algorithm;

	private Manifest(Path file, List<String> lines, String lineSeparator, int descriptorLine, String algorithm) {
		this.file = file;
		this.lines = lines;
		this.lineSeparator = lineSeparator;
		this.descriptorLine = descriptorLine;
		this.algorithm = algorithm;
	}

	/**
	 * Read a manifest and find the line of the descriptor, before anything is written.
	 * @param file the .mf file
	 * @param descriptorName the .ovf file's name as the manifest lists it
	 * @return the manifest
	 * @throws OvfException when it cannot be read, has no line for the descriptor, or
	 * uses SHA1
	 */
	static Manifest read(Path file, String descriptorName) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new OvfException(file, "the manifest cannot be read (" + ex.getMessage() + ")");
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = LINE.matcher(lines.get(i));
			if (matcher.matches() && matcher.group(2).equals(descriptorName)) {
				String algorithm = matcher.group(1);
				if (!DIGESTS.containsKey(algorithm)) {
					throw new OvfException(file,
							"lists " + descriptorName + " with " + algorithm
									+ ", which prepare-ovf does not rewrite: SHA-1 is deprecated for OVF packages. "
									+ "Export with manifest = \"sha256\" (Packer's default) and run prepare-ovf again");
				}
				return new Manifest(file, lines, text.contains("\r\n") ? "\r\n" : "\n", i, algorithm);
			}
		}
		throw new OvfException(file, "has no line for " + descriptorName + " (such as SHA256(" + descriptorName
				+ ")= ...), so it belongs to another package. Export the VM again, or delete the manifest to ship none");
	}

	String algorithm() {
		return this.algorithm;
	}

	/**
	 * Put the digest of the new descriptor into its line; other lines stay as they were.
	 * @param descriptorName the .ovf file's name
	 * @param descriptor the new descriptor's bytes
	 * @return the new manifest's bytes
	 */
	byte[] withDescriptor(String descriptorName, byte[] descriptor) {
		List<String> updated = new ArrayList<>(this.lines);
		updated.set(this.descriptorLine, "%s(%s)= %s".formatted(this.algorithm, descriptorName,
				HexFormat.of().formatHex(digest(this.algorithm, descriptor))));
		return String.join(this.lineSeparator, updated).getBytes(StandardCharsets.UTF_8);
	}

	Path file() {
		return this.file;
	}

	static byte[] digest(String algorithm, byte[] content) {
		try {
			return MessageDigest.getInstance(DIGESTS.get(algorithm)).digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is not available in this JVM", ex);
		}
	}

}
