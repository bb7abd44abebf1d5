package dev.solutionagent.ovf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.xml.SecureXml;

import org.w3c.dom.Document;

/**
 * Prepares the .ovf that Packer's vsphere-iso builder exports, which cannot declare vApp
 * properties: renders the ProductSection template into it, adds the guestinfo transport,
 * writes it atomically, and rewrites its line of the .mf manifest beside it.
 */
public final class OvfInjector {

	private OvfInjector() {
	}

	/**
	 * Prepare a descriptor in place. Running it again gives the same files.
	 * @param ovf the .ovf file
	 * @param template the ProductSection template
	 * @param values what to fill the template with
	 * @return what was written
	 * @throws OvfException naming the file at fault and what to do
	 */
	public static PreparedOvf inject(Path ovf, ProductSectionTemplate template, ProductSectionValues values) {
		String name = ovf.getFileName().toString();
		String base = name.endsWith(".ovf") ? name.substring(0, name.length() - 4) : name;
		Path signature = ovf.resolveSibling(base + ".cert");
		if (Files.exists(signature)) {
			throw new OvfException(ovf, "the package is signed (" + signature.getFileName()
					+ ") and changing the descriptor would break the signature; sign it after prepare-ovf");
		}
		Path manifestFile = ovf.resolveSibling(base + ".mf");
		// The manifest is checked before the descriptor is touched, so a refusal changes
		// nothing.
		Optional<Manifest> manifest = Files.exists(manifestFile) ? Optional.of(Manifest.read(manifestFile, name))
				: Optional.empty();
		Document envelope = Ovf.parse(read(ovf), "OVF descriptor " + ovf);
		Document section = template.render(values);
		new OvfDescriptorEditor("OVF descriptor " + ovf).apply(envelope, section.getDocumentElement());
		byte[] descriptor = SecureXml.serialize(envelope, true);
		write(ovf, descriptor);
		manifest.ifPresent((mf) -> write(mf.file(), mf.withDescriptor(name, descriptor)));
		List<String> keys = ProductSectionTemplate.declaredKeys(section.getDocumentElement());
		return new PreparedOvf(ovf, manifest.map(Manifest::file), manifest.map(Manifest::algorithm), keys,
				values.slots());
	}

	private static byte[] read(Path ovf) {
		try {
			return Files.readAllBytes(ovf);
		}
		catch (NoSuchFileException ex) {
			throw new OvfException(ovf, "the OVF descriptor does not exist; pass the .ovf that Packer exported");
		}
		catch (IOException ex) {
			throw new OvfException(ovf, "the OVF descriptor cannot be read (" + ex.getMessage() + ")");
		}
	}

	// A temporary file beside the target, then a rename: a crash leaves the old file or
	// the new one, never half of either.
	private static void write(Path file, byte[] content) {
		Path temporary = null;
		try {
			Path directory = file.toAbsolutePath().getParent();
			temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
			Files.write(temporary, content);
			keepPermissions(file, temporary);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new OvfException(file, "cannot be written (" + ex.getMessage() + "); check the folder's permissions");
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	// createTempFile makes the file owner-only; the package keeps the export's modes.
	private static void keepPermissions(Path file, Path temporary) throws IOException {
		try {
			if (Files.exists(file)) {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
			}
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Packer on Windows): nothing to keep.
		}
	}

	private static void deleteQuietly(Path temporary) {
		if (temporary != null) {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ex) {
				// Left behind in the output folder; harmless.
			}
		}
	}

	/**
	 * What {@link #inject} wrote.
	 *
	 * @param ovf the descriptor
	 * @param manifest the manifest whose line was rewritten, if the package has one
	 * @param algorithm the manifest's digest algorithm, if there is one
	 * @param keys the property keys the ProductSection declares, in order
	 * @param slots the target vCenter slots declared
	 */
	public record PreparedOvf(Path ovf, Optional<Path> manifest, Optional<String> algorithm, List<String> keys,
			int slots) {

		public PreparedOvf {
			keys = List.copyOf(keys);
		}

	}

}
