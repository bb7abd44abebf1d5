package dev.solutionagent.testsupport;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SimulatorSettings;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts solution-install simulators and closes every one after the test. Register it
 * with {@code @RegisterExtension}; it closes after the test's own {@code @AfterEach}
 * methods, so they can still read the simulator.
 */
public final class Simulators implements AfterEachCallback {

	private final List<SolutionInstallSimulator> started = new CopyOnWriteArrayList<>();

	/**
	 * What {@code register} with the example descriptor needs: the defaults on a clock,
	 * and the vendor property the descriptor reads.
	 * @param clock the clock the simulator shares with the agent
	 * @return the settings
	 */
	public static SimulatorSettings forExampleDescriptor(Clock clock) {
		return SimulatorSettings.defaults().withClock(clock).withOvfProperty("example.adminEmail", "ops@example.com");
	}

	public SolutionInstallSimulator start(SimulatorSettings settings) {
		return start(settings, Faults.none());
	}

	public SolutionInstallSimulator start(SimulatorSettings settings, Faults faults) {
		SolutionInstallSimulator simulator = SolutionInstallSimulator.start(settings, faults);
		this.started.add(simulator);
		return simulator;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.started.forEach(SolutionInstallSimulator::close);
		this.started.clear();
	}

}
