package dev.solutionagent.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an ID is namespaced by its plug-in version. When several versions of a plug-in
 * coexist in linked mode, their task, event, fault, privilege and resource IDs share one
 * namespace, so each version's IDs must carry the version, as in
 * {@code com.example.plugin.v1_2.backup}. Accepted markers, for version 1.2.0:
 * {@code v1}, {@code v1_2}, {@code v1.2.0}, {@code v120}, or the numbers alone with at
 * least two parts ({@code 1_2}, {@code 1-2-0}), with {@code .}, {@code _}, {@code -} or
 * nothing between the numbers. A heuristic: an ID that two versions share is caught as a
 * collision whatever its markers.
 */
final class VersionMarkers {

	private static final String[] SEPARATORS = { ".", "_", "-", "" };

	private VersionMarkers() {
	}

	static boolean isMarked(String id, String version) {
		String[] numbers = version.split("\\.");
		if (!Arrays.stream(numbers).allMatch((n) -> n.matches("\\d+"))) {
			return id.toLowerCase(Locale.ROOT).contains(version.toLowerCase(Locale.ROOT));
		}
		String text = id.toLowerCase(Locale.ROOT);
		for (int parts = numbers.length; parts >= 1; parts--) {
			for (String separator : SEPARATORS) {
				String token = Pattern.quote(String.join(separator, Arrays.copyOf(numbers, parts)));
				if (Pattern.compile("v" + token + "(?!\\d)").matcher(text).find()) {
					return true;
				}
				if (parts >= 2 && !separator.isEmpty()
						&& Pattern.compile("(?<![\\d])" + token + "(?!\\d)").matcher(text).find()) {
					return true;
				}
			}
		}
		return false;
	}

}
