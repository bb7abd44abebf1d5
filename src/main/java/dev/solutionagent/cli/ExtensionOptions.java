package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.vim.ExtensionRegistrar.OnExisting;

/**
 * What the extension commands do with a key: which one, whether to replace it, how to
 * print it; and the local vim25 simulator they can run against.
 */
final class ExtensionOptions {

	static final Setting<String> KEY = Setting.option("--key", "agent.extension.key", "KEY", String.class, null,
			"The extension key (default: the keys of --descriptor)");

	static final Setting<Boolean> UPDATE = Setting.flag("--update", "agent.extension.update",
			"Replace a registration of the same key (else register refuses it with exit 8)");

	/** The same property for register's ExtensionManager path, where it has no option. */
	static final Setting<Boolean> UPDATE_SETTING = Setting.setting(UPDATE.property(), "true|false", Boolean.class,
			false, "On the ExtensionManager path: replace a registration of the same key instead of exit 8");

	static final Setting<Boolean> JSON = Setting.flag("--json", "agent.extension.json",
			"Print a JSON list of records, the input 'plan --from' reads");

	static final Setting<Integer> SIMULATOR_PORT = Setting.option("--port", "agent.extension.simulator.port", "PORT",
			Integer.class, 8989, "The port on 127.0.0.1 (default 8989; 0 picks a free one)");

	static final Setting<Path> SIMULATOR_CREDENTIALS = Setting.option("--credentials-out",
			"agent.extension.simulator.credentials-out", "FILE", Path.class, Path.of("vcenter-simulator.cred"),
			"Where to write the simulator user's credentials file, mode 0600 (default ./vcenter-simulator.cred)");

	static final Setting<Duration> SIMULATOR_RUN_FOR = Setting.option("--run-for", "agent.extension.simulator.run-for",
			"DURATION", Duration.class, null, "Stop after DURATION, such as 10m or PT30S (default: run until stopped)");

	static final List<Setting<?>> SIMULATOR = List.of(SIMULATOR_PORT, SIMULATOR_CREDENTIALS, SIMULATOR_RUN_FOR);

	static final List<Setting<?>> ALL = Options.concat(List.of(KEY, UPDATE, JSON), SIMULATOR);

	private ExtensionOptions() {
	}

	static Extension of(Values values) {
		return new Extension(values.text(KEY), values.get(UPDATE) ? OnExisting.UPDATE : OnExisting.REFUSE,
				values.get(JSON), values.get(SIMULATOR_PORT), values.get(SIMULATOR_CREDENTIALS),
				values.find(SIMULATOR_RUN_FOR));
	}

	/**
	 * The extension commands' settings, bound.
	 *
	 * @param key an extension key for info and unregister
	 * @param onExisting what register does with a key already registered
	 * @param json print info as JSON
	 * @param simulatorPort the vim25 simulator's port
	 * @param simulatorCredentials where the simulator writes its credentials file
	 * @param simulatorRunFor how long the simulator runs, empty until stopped
	 */
	record Extension(Optional<String> key, OnExisting onExisting, boolean json, int simulatorPort,
			Path simulatorCredentials, Optional<Duration> simulatorRunFor) {

	}

}
