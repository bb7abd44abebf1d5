package dev.solutionagent;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known name closest to a misspelt one, by edit distance, when it is
 * close enough to be a likely typo rather than another word.
 */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * The closest known name.
	 * @param name what was written, such as {@code agent.descriptr} or {@code Company}
	 * @param known the names that exist
	 * @return the closest one within a third of the name's length (at least 2 edits, case
	 * ignored), or empty when none is that close
	 */
	public static Optional<String> closest(String name, Collection<String> known) {
		String written = name.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, written.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			int distance = distance(written, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return (best != null && bestDistance <= limit) ? Optional.of(best) : Optional.empty();
	}

	/**
	 * The suggestion as the end of a sentence.
	 * @param name what was written
	 * @param known the names that exist
	 * @return {@code "; did you mean 'company'?"}, or an empty string
	 */
	public static String didYouMean(String name, Collection<String> known) {
		return closest(name, known).map((best) -> "; did you mean '" + best + "'?").orElse("");
	}

	/**
	 * The optimal string alignment distance: insertions, deletions, substitutions and
	 * swaps of two neighbours each count one.
	 * @param a one string
	 * @param b another
	 * @return the number of edits from one to the other
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
