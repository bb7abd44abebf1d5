package dev.solutionagent.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings that Spring binds without complaint but that would break a run are refused
 * when they are read, with exit 2, naming the property.
 */
class SettingChecksTests {

	private String property;

	@AfterEach
	void clear() {
		System.clearProperty(this.property);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"agent.retry.jitter|NaN|agent.retry.jitter is NaN; expected a number from 0 to below 1",
			"agent.retry.jitter|1.5|agent.retry.jitter is 1.5; expected a number from 0 to below 1",
			"agent.retry.multiplier|0.5|agent.retry.multiplier is 0.5; expected a number from 1 to 10",
			"agent.retry.multiplier|Infinity|agent.retry.multiplier is Infinity",
			"agent.retry.max-delay|0|agent.retry.max-delay is 0s; expected a duration from 0.1s to a day",
			"agent.retry.initial-delay|1ms|agent.retry.initial-delay is 0.001s; expected a duration from 0.1s",
			"agent.http.read-timeout|-5s|agent.http.read-timeout is -5s; expected a duration above zero",
			"agent.http.connect-timeout|0s|agent.http.connect-timeout is 0s",
			"agent.window.margin|40m|agent.window.margin is not shorter than agent.window.lifetime",
			"agent.window.lifetime|400d|agent.window.lifetime is 9600h",
			"agent.window.deployed-at|+999999999-12-31T23:59:59Z|agent.window.deployed-at is +999999999-12-31T23:59:59Z; expected a time from 2000-01-01T00:00:00Z",
			"agent.window.deployed-at|1970-01-01T00:00:00Z|agent.window.deployed-at is 1970-01-01T00:00:00Z",
			"agent.preflight-timeout|0s|agent.preflight-timeout is 0s" })
	void registerWhenSettingIsOutOfRangeThenExit2NamingIt(String property, String value, String message) {
		this.property = property;
		System.setProperty(property, value);
		CliRun run = CliRun.of("register", "--dry-run", "--ovf-env", "examples/ovf-env.xml", "--descriptor",
				"examples/extension.yaml", "--certificate", "examples/plugin-server.pem", "--appliance-address",
				"10.0.0.50");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
		assertThat(run.err()).contains(message).contains("application.yml").doesNotContain("Exception");
	}

}
