package dev.solutionagent.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for the option groups.
 */
final class Options {

	private Options() {
	}

	/**
	 * Lists of settings in order, as one.
	 * @param lists the lists
	 * @return every setting of them
	 */
	@SafeVarargs
	static List<Setting<?>> concat(List<? extends Setting<?>>... lists) {
		List<Setting<?>> all = new ArrayList<>();
		for (List<? extends Setting<?>> list : lists) {
			all.addAll(list);
		}
		return List.copyOf(all);
	}

}
