package dev.solutionagent.environment;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.solutionagent.xml.SecureXml;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Removes properties, such as the spent solution-install token, from the guest's copy of
 * {@code guestinfo.ovfEnv}, as Ignition does with its secrets: read it with
 * {@code vmware-rpctool "info-get guestinfo.ovfEnv"}, drop the {@code Property} elements
 * of the root {@code PropertySection}, and write it back with {@code info-set}. Best
 * effort: every failure is logged and returned, never thrown, and no value is ever
 * logged.
 */
public final class GuestInfoScrubber {

	static final String INFO_SET = "info-set guestinfo.ovfEnv ";

	private static final Logger logger = LoggerFactory.getLogger(GuestInfoScrubber.class);

	private static final String OVF_ENV_NS = OvfEnvironmentParser.OVF_ENV_NS;

	private final String rpctool;

	private final ProcessRunner runner;

	/**
	 * Create a scrubber.
	 * @param rpctool the vmware-rpctool program ({@code agent.transport.rpctool})
	 * @param runner runs it
	 */
	public GuestInfoScrubber(String rpctool, ProcessRunner runner) {
		this.rpctool = rpctool;
		this.runner = runner;
	}

	/**
	 * A scrubber that uses the same vmware-rpctool, timeout and output cap as the
	 * guestinfo transport.
	 * @param settings the transport settings ({@code agent.transport.*})
	 * @return the scrubber
	 */
	public static GuestInfoScrubber of(TransportSettings settings) {
		return new GuestInfoScrubber(settings.rpctool(),
				new ProcessRunner(settings.programTimeout(), settings.maxBytes()));
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
		catch (RuntimeException ex) {
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
		Document document;
		try {
			document = SecureXml.newDocumentBuilder().parse(new InputSource(new StringReader(current.text())));
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
		String scrubbed = new String(SecureXml.serialize(document, false), StandardCharsets.UTF_8);
		// The document goes on a command line, where any local user may read it.
		if (removed.values().stream().anyMatch((value) -> !value.isEmpty() && scrubbed.contains(value))) {
			return ScrubResult.failed("guestinfo.ovfEnv holds the value of " + String.join(", ", removed.keySet())
					+ " elsewhere too (in an Entity section?), so it is not written back");
		}
		try {
			ProcessRunner.Result set = this.runner.run(List.of(this.rpctool, INFO_SET + scrubbed));
			if (set.exitCode() != 0) {
				return ScrubResult.failed("%s refused info-set guestinfo.ovfEnv (exit status %d)"
					.formatted(this.rpctool, set.exitCode()));
			}
		}
		catch (IOException ex) {
			return ScrubResult.failed(this.rpctool + " cannot set guestinfo.ovfEnv (" + ex.getMessage() + ")");
		}
		return ScrubResult.scrubbed(List.copyOf(removed.keySet()));
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
