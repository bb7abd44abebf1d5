package dev.solutionagent.environment;

import java.util.List;

/**
 * What {@link GuestInfoScrubber} did. Never carries a property value.
 *
 * @param outcome what happened
 * @param removedKeys the keys removed from {@code guestinfo.ovfEnv}, in document order
 * @param detail one line for the log: what was done, or why not
 */
public record ScrubResult(Outcome outcome, List<String> removedKeys, String detail) {

	public ScrubResult {
		removedKeys = List.copyOf(removedKeys);
	}

	static ScrubResult scrubbed(List<String> removedKeys) {
		return new ScrubResult(Outcome.SCRUBBED, removedKeys,
				"removed " + String.join(", ", removedKeys) + " from guestinfo.ovfEnv");
	}

	static ScrubResult nothingToRemove() {
		return new ScrubResult(Outcome.NOTHING_TO_REMOVE, List.of(),
				"guestinfo.ovfEnv holds none of the keys to remove");
	}

	static ScrubResult unavailable(String detail) {
		return new ScrubResult(Outcome.UNAVAILABLE, List.of(), detail);
	}

	static ScrubResult failed(String detail) {
		return new ScrubResult(Outcome.FAILED, List.of(), detail);
	}

	/**
	 * Whether the guest no longer holds the keys in {@code guestinfo.ovfEnv}.
	 * @return {@code true} when they were removed or were never there
	 */
	public boolean isClean() {
		return this.outcome == Outcome.SCRUBBED || this.outcome == Outcome.NOTHING_TO_REMOVE;
	}

	/**
	 * The outcomes of a scrub.
	 */
	public enum Outcome {

		/** The keys were removed and the document written back. */
		SCRUBBED,

		/** The document has none of the keys; nothing was written. */
		NOTHING_TO_REMOVE,

		/**
		 * There is no {@code guestinfo.ovfEnv} to scrub: not a VMware VM, no
		 * vmware-rpctool, or the environment came from the ISO transport or a file.
		 */
		UNAVAILABLE,

		/** The document could not be parsed or written back. */
		FAILED

	}

}
