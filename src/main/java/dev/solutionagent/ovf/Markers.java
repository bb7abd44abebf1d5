package dev.solutionagent.ovf;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Replaces {@code {{name}}} markers in the attribute values and text of a DOM subtree.
 * Working on the DOM, not the text, means a value such as {@code Example & Sons} is
 * escaped by the serializer and can never break the document.
 */
final class Markers {

	private static final Pattern MARKER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private final String source;

	/**
	 * Create a replacer.
	 * @param source the template, for messages
	 */
	Markers(String source) {
		this.source = source;
	}

	/**
	 * Replace the markers that have a value, and leave the others for a later pass.
	 * @param node the subtree
	 * @param values values by marker name
	 */
	void fill(Node node, Map<String, String> values) {
		walk(node, values, false);
	}

	/**
	 * Replace every marker; one without a value is an error.
	 * @param node the subtree
	 * @param values values by marker name
	 * @throws OvfException naming the marker and the template
	 */
	void fillAll(Node node, Map<String, String> values) {
		walk(node, values, true);
	}

	private void walk(Node node, Map<String, String> values, boolean last) {
		if (node instanceof Element element) {
			for (int i = 0; i < element.getAttributes().getLength(); i++) {
				Node attribute = element.getAttributes().item(i);
				attribute.setNodeValue(replace(attribute.getNodeValue(), values, last));
			}
		}
		else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
			node.setNodeValue(replace(node.getNodeValue(), values, last));
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			walk(child, values, last);
		}
	}

	private String replace(String text, Map<String, String> values, boolean last) {
		Matcher matcher = MARKER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null && last) {
				throw new OvfException(this.source,
						matcher.group(1).equals("slot") ? "{{slot}} belongs in a Property's ovf:key only"
								: "unknown marker " + matcher.group()
										+ "; known are {{product}}, {{vendor}}, {{version}}, "
										+ "{{solutionId}}, {{pluginId}} and {{slot}}");
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
