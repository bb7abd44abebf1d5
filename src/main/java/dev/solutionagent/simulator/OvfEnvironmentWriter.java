package dev.solutionagent.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Writes an OVF environment document in the shape vSphere writes: default and {@code oe:}
 * namespaces both the DMTF environment URI, a PlatformSection, the PropertySection, then
 * a {@code ve:EthernetAdapterSection}.
 */
final class OvfEnvironmentWriter {

	private OvfEnvironmentWriter() {
	}

	/**
	 * The document text.
	 * @param properties the properties, in the order to write them
	 * @param platformVersion the ESXi version for the PlatformSection
	 * @return the XML document
	 */
	static String document(Map<String, String> properties, String platformVersion) {
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<Environment\n");
		xml.append("     xmlns=\"http://schemas.dmtf.org/ovf/environment/1\"\n");
		xml.append("     xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
		xml.append("     xmlns:oe=\"http://schemas.dmtf.org/ovf/environment/1\"\n");
		xml.append("     xmlns:ve=\"http://www.vmware.com/schema/ovfenv\"\n");
		xml.append("     oe:id=\"\"\n");
		xml.append("     ve:vCenterId=\"vm-1001\">\n");
		xml.append("   <PlatformSection>\n");
		xml.append("      <Kind>VMware ESXi</Kind>\n");
		xml.append("      <Version>").append(escape(platformVersion)).append("</Version>\n");
		xml.append("      <Vendor>VMware, Inc.</Vendor>\n");
		xml.append("      <Locale>en</Locale>\n");
		xml.append("   </PlatformSection>\n");
		xml.append("   <PropertySection>\n");
		properties.forEach((key, value) -> xml.append("         <Property oe:key=\"")
			.append(escape(key))
			.append("\" oe:value=\"")
			.append(escape(value))
			.append("\"/>\n"));
		xml.append("   </PropertySection>\n");
		xml.append("   <ve:EthernetAdapterSection>\n");
		xml.append("      <ve:Adapter ve:mac=\"00:50:56:a1:00:01\" ve:network=\"VM Network\" ve:unitNumber=\"7\"/>\n");
		xml.append("   </ve:EthernetAdapterSection>\n");
		xml.append("</Environment>\n");
		return xml.toString();
	}

	/**
	 * Write a file only its owner can read (0600), atomically: the document holds the
	 * token, so it never exists with wider permissions, not even for a moment.
	 * @param file the file to write or replace
	 * @param content the content
	 * @throws IOException when it cannot be written
	 */
	static void writePrivate(Path file, String content) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		Path temporary = posix
				? Files.createTempFile(directory, ".ovf-env", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(directory, ".ovf-env", ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	// Attribute values: the five XML specials, and control characters as references so
	// that they survive attribute-value normalization.
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				case '\t', '\n', '\r' -> escaped.append("&#").append((int) c).append(';');
				default -> {
					if (c < 0x20) {
						throw new IllegalArgumentException(
								"XML 1.0 cannot hold the control character U+%04X".formatted((int) c));
					}
					escaped.append(c);
				}
			}
		}
		return escaped.toString();
	}

}
