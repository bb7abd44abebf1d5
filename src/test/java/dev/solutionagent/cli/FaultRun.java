package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of {@code register} in the fault matrix, and the four things every case
 * asserts: the exit code, the result record, the done marker and the log.
 *
 * @param code the exit code
 * @param out what the command printed on stdout
 * @param err what the command printed on stderr
 * @param log everything the run logged
 * @param stateDir the state folder
 */
record FaultRun(int code, String out, String err, String log, Path stateDir) {

	FaultRun exits(int expected) {
		assertThat(this.code).as("exit code; stderr: %s", this.err).isEqualTo(expected);
		return this;
	}

	/**
	 * The result record says this outcome and exit code.
	 * @param outcome such as {@code registered} or {@code token_refused}
	 * @return this run
	 */
	FaultRun records(String outcome) {
		JsonNode result = result();
		assertThat(result.get("outcome").stringValue()).isEqualTo(outcome);
		assertThat(result.get("exitCode").intValue()).isEqualTo(this.code);
		return this;
	}

	FaultRun marked(boolean done) {
		assertThat(Files.exists(this.stateDir.resolve("done"))).as("done marker").isEqualTo(done);
		return this;
	}

	FaultRun logs(String fragment) {
		assertThat(this.log + this.err + this.out).contains(fragment);
		return this;
	}

	FaultRun neverShows(String secret) {
		assertThat(this.log + this.err + this.out).doesNotContain(secret);
		return this;
	}

	JsonNode result() {
		Path file = this.stateDir.resolve("result.json");
		assertThat(file).exists();
		try {
			return JsonMapper.shared().readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
