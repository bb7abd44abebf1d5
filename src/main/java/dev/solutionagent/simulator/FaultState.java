package dev.solutionagent.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults in effect and how many solution-install POSTs they have seen. Replacing the
 * faults restarts the count, so "the first N" always means the first N after the change.
 */
final class FaultState {

	private final AtomicReference<Active> active;

	FaultState(Faults initial) {
		this.active = new AtomicReference<>(new Active(initial, new AtomicInteger()));
	}

	Faults current() {
		return this.active.get().faults();
	}

	void replace(Faults faults) {
		this.active.set(new Active(faults, new AtomicInteger()));
	}

	/**
	 * What happens to the next solution-install POST.
	 * @return the decision, with the faults it was taken under
	 */
	Decision nextPost() {
		Active now = this.active.get();
		Faults faults = now.faults();
		int number = now.posts().incrementAndGet();
		boolean fail = number <= faults.failFirst();
		boolean drop = !fail && number <= faults.failFirst() + faults.dropFirst();
		return new Decision(faults, fail, drop);
	}

	/**
	 * What happens to any other request: only the delay applies.
	 * @return the decision
	 */
	Decision other() {
		return new Decision(current(), false, false);
	}

	private record Active(Faults faults, AtomicInteger posts) {

	}

	/**
	 * The fate of one request.
	 *
	 * @param faults the faults in effect when it arrived
	 * @param fail answer {@code failStatus} without processing
	 * @param drop process, then close the connection without an answer
	 */
	record Decision(Faults faults, boolean fail, boolean drop) {

	}

}
