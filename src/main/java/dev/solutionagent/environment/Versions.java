package dev.solutionagent.environment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares dotted version numbers such as vCenter's {@code 8.0.3} or {@code 8.0.3.00300}.
 */
final class Versions {

	private static final Pattern DOTTED = Pattern.compile("(\\d{1,9})(\\.\\d{1,9})*");

	private Versions() {
	}

	/**
	 * Whether a version is at least a minimum, number by number, a missing number
	 * counting as zero.
	 * @param version the version to test
	 * @param minimum the minimum, such as {@code 8.0.3}
	 * @return {@code false} when {@code version} is not a dotted version number
	 */
	static boolean isAtLeast(String version, String minimum) {
		Matcher matcher = DOTTED.matcher(version.strip());
		if (!matcher.matches()) {
			return false;
		}
		String[] a = version.strip().split("\\.");
		String[] b = minimum.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? Integer.parseInt(a[i]) : 0;
			int y = (i < b.length) ? Integer.parseInt(b[i]) : 0;
			if (x != y) {
				return x > y;
			}
		}
		return true;
	}

}
