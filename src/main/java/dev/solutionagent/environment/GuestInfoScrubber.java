package dev.solutionagent.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.xml.SecureXml;
import dev.solutionagent.xml.XmlLimitException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Removes properties, such as the spent solution-install token, from the guest's copy of
 * {@code guestinfo.ovfEnv}, as Ignition does with its secrets: read it with
 * {@code vmware-rpctool "info-get guestinfo.ovfEnv"}, drop the {@code Property} elements
 * of the root {@code PropertySection}, and write it back with {@code info-set}. The
 * document still holds other secrets (a vCenter password, the vendor's own), so it never
 * goes on a command line, where every local user reads it in {@code /proc}: the
 * {@code info-set} command is written to a 0600 file in a fresh 0700 folder and sent with
 * {@code vmtoolsd --cmdfile FILE} (vmware-rpctool takes its command only as an argument).
 * Best effort: every failure, even a {@link StackOverflowError}, is logged and returned,
 * never thrown, and no value is ever logged.
 */
public final class GuestInfoScrubber {

	static final String INFO_SET = "info-set guestinfo.ovfEnv ";

	private static final Logger logger = LoggerFactory.getLogger(GuestInfoScrubber.class);

	private static final String OVF_ENV_NS = OvfEnvironmentParser.OVF_ENV_NS;

	private final String rpctool;

	private final String vmtoolsd;

	private final ProcessRunner runner;

	private final int maxBytes;

	/**
	 * Create a scrubber.
	 * @param rpctool the vmware-rpctool program ({@code agent.transport.rpctool}), which
	 * reads
	 * @param vmtoolsd the vmtoolsd program ({@code agent.transport.vmtoolsd}), which
	 * writes
	 * @param runner runs them
	 * @param maxBytes the largest document read ({@code agent.transport.max-bytes})
	 */
	public GuestInfoScrubber(String rpctool, String vmtoolsd, ProcessRunner runner, int maxBytes) {
		this.rpctool = rpctool;
		this.vmtoolsd = vmtoolsd;
		this.runner = runner;
		this.maxBytes = maxBytes;
	}

	/**
	 * A scrubber that uses the same programs, timeout and size cap as the guestinfo
	 * transport.
	 * @param settings the transport settings ({@code agent.transport.*})
	 * @return the scrubber
	 */
	public static GuestInfoScrubber of(TransportSettings settings) {
		return new GuestInfoScrubber(settings.rpctool(), settings.vmtoolsd(),
				new ProcessRunner(settings.programTimeout(), settings.maxBytes()), settings.maxBytes());
	}

	/**
	 * Remove the properties of the given keys from {@code guestinfo.ovfEnv}.
	 * @param keys the property keys, such as {@link SolutionInstallContext#TOKEN}
	 * @return what happened; never throws
	 */
	public ScrubResult scrub(Set<String> keys) {
		ScrubResult result;
		try {
			result = rewrite(keys);
		}
		catch (Throwable ex) {
			// Even an Error: the registration this follows has succeeded, and the scrub
			// must not turn it into a failure.
			result = ScrubResult.failed("guestinfo.ovfEnv cannot be scrubbed (" + ex.getClass().getSimpleName() + ")");
		}
		switch (result.outcome()) {
			case SCRUBBED, NOTHING_TO_REMOVE -> logger.info("{}", result.detail());
			default -> logger.warn("{}; {} stays in the guest's guestinfo.ovfEnv until the VM powers off",
					result.detail(), String.join(", ", keys));
		}
		return result;
	}

	private ScrubResult rewrite(Set<String> keys) {
		ProcessRunner.Result current;
		try {
			current = this.runner.run(List.of(this.rpctool, GuestInfoTransport.INFO_GET));
		}
		catch (IOException ex) {
			return ScrubResult.unavailable(this.rpctool + " cannot be used (" + ex.getMessage() + ")");
		}
		if (current.exitCode() != 0 || current.text().isBlank() || current.text().contains("No value found")) {
			return ScrubResult.unavailable(
					"guestinfo.ovfEnv is not set (" + this.rpctool + " exit status " + current.exitCode() + ")");
		}
		if (current.output().length > this.maxBytes) {
			return ScrubResult.failed("guestinfo.ovfEnv is larger than the %d bytes allowed (agent.transport.max-bytes)"
				.formatted(this.maxBytes));
		}
		Document document;
		try {
			document = SecureXml.parse(current.text());
		}
		catch (XmlLimitException ex) {
			return ScrubResult.failed("guestinfo.ovfEnv " + ex.getMessage());
		}
		catch (SAXParseException ex) {
			// Position only: the parser's message may quote the document, token included.
			return ScrubResult.failed("guestinfo.ovfEnv is not well-formed XML (line %d, column %d)"
				.formatted(ex.getLineNumber(), ex.getColumnNumber()));
		}
		catch (SAXException | IOException ex) {
			return ScrubResult.failed("guestinfo.ovfEnv cannot be parsed");
		}
		Map<String, String> removed = removeProperties(document.getDocumentElement(), keys);
		if (removed.isEmpty()) {
			return ScrubResult.nothingToRemove();
		}
		// Not re-indented: every other property stays exactly as vCenter wrote it.
		byte[] scrubbed = SecureXml.serialize(document, false);
		String text = new String(scrubbed, StandardCharsets.UTF_8);
		// Removing the root property would leave the secret in place and claim success.
		if (removed.values().stream().anyMatch((value) -> !value.isEmpty() && text.contains(value))) {
			return ScrubResult.failed("guestinfo.ovfEnv holds the value of " + String.join(", ", removed.keySet())
					+ " elsewhere too (in an Entity section?), so it is not written back");
		}
		return CommandFile.send(this.vmtoolsd, this.runner, (INFO_SET + text).getBytes(StandardCharsets.UTF_8))
			.orElseGet(() -> ScrubResult.scrubbed(List.copyOf(removed.keySet())));
	}

	// Only the root PropertySection: Entity sections describe other VMs of a vApp.
	private static Map<String, String> removeProperties(Element root, Set<String> keys) {
		Map<String, String> removed = new LinkedHashMap<>();
		for (Element section : OvfEnvironmentParser.children(root, "PropertySection")) {
			for (Element property : OvfEnvironmentParser.children(section, "Property")) {
				String key = property.getAttributeNS(OVF_ENV_NS, "key");
				if (keys.contains(key)) {
					Node before = property.getPreviousSibling();
					if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getNodeValue().isBlank()) {
						section.removeChild(before);
					}
					section.removeChild(property);
					removed.put(key, property.getAttributeNS(OVF_ENV_NS, "value"));
				}
			}
		}
		return removed;
	}

}
