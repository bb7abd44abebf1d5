package dev.solutionagent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.simulator.Faults;
import dev.solutionagent.simulator.SolutionInstallSimulator;
import dev.solutionagent.testsupport.MutableClock;
import dev.solutionagent.testsupport.Simulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code register} against the simulator, fault by fault. Agent and simulator share a
 * clock that only the agent's backoff moves, so no test waits for real time to pass.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegisterAgainstSimulatorTests {

	@TempDir
	Path dir;

	private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");

	@RegisterExtension
	final Simulators simulators = new Simulators();

	private final SolutionInstallSimulator simulator = this.simulators
		.start(Simulators.forExampleDescriptor(this.clock));

	private final List<String> extraOptions = new ArrayList<>();

	@AfterEach
	void tokenNeverPrinted(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(this.simulator.token().reveal());
	}

	@Test
	void registerWhenNoFaultThenPerGuidRegisteredOnEveryTarget() throws IOException {
		CliRun run = register();
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(this.simulator.registrations()).hasSize(2)
			.allSatisfy((registration) -> assertThat(registration.key()).isEqualTo("com.example.vsphere.remoteplugin"));
		assertThat(this.simulator.tokenUsed()).isTrue();
		assertThat(Files.readString(this.dir.resolve("state/result.json"))).contains("\"payloadShape\" : \"per-guid\"");
	}

	@Test
	void registerWhenFirstTwoAnswers503WithRetryAfterThenRetriesHonouringItAndSucceeds() throws IOException {
		this.simulator.faults(Faults.none().withFailFirst(2, 503).withRetryAfter(Duration.ofSeconds(5)));
		CliRun run = register();
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("after 3 attempts");
		assertThat(this.clock.sleeps()).hasSize(2)
			.allSatisfy((wait) -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(5)));
	}

	@Test
	void registerWhenAnswersStay503ThenWindowClosesWithExit6() throws IOException {
		this.simulator.faults(Faults.none().withFailFirst(100_000, 503));
		CliRun run = register();
		assertThat(run.exitCode()).isEqualTo(6);
		assertThat(run.err()).contains("not registered: the token window closes at 2026-11-23T10:29:00Z");
		assertThat(this.simulator.tokenUsed()).isFalse();
	}

	@Test
	void registerWhenRefused400ThenExit5() throws IOException {
		this.simulator.faults(Faults.none().withFailFirst(1, 400));
		assertThat(register().exitCode()).isEqualTo(5);
	}

	@Test
	void registerWhenTokenExpiredThenExit4() throws IOException {
		this.simulator.faults(Faults.none().withExpiredToken(true));
		CliRun run = register();
		assertThat(run.exitCode()).isEqualTo(4);
		assertThat(this.dir.resolve("state/done")).doesNotExist();
	}

	@Test
	void registerWhenAnswerLostThenNextAttemptRefusedAndExit7() throws IOException {
		this.simulator.faults(Faults.none().withDropFirst(1));
		CliRun run = register();
		assertThat(run.exitCode()).isEqualTo(7);
		assertThat(run.err()).contains("possibly registered: an earlier attempt may have used the one-time token");
		assertThat(this.simulator.registrations()).hasSize(2);
	}

	@Test
	void registerWhenAnswerComesAfterTheReadTimeoutThenExit7() throws IOException {
		this.simulator.faults(Faults.none().withDelay(Duration.ofSeconds(3)));
		// Every answer is late, so each attempt costs a real read timeout: keep the
		// window short.
		this.extraOptions.addAll(List.of("--skip-preflight", "--deployed-at", "2026-11-23T09:31:30Z"));
		System.setProperty("agent.http.read-timeout", "300ms");
		try {
			CliRun run = register();
			assertThat(run.exitCode()).isEqualTo(7);
			assertThat(run.err()).contains("possibly registered");
			assertThat(this.simulator.registrations()).hasSize(2);
		}
		finally {
			System.clearProperty("agent.http.read-timeout");
		}
	}

	@Test
	void registerWhenCertificateChangedThenExit60AndTheSimulatorReadsNothing() throws IOException {
		this.simulator.faults(Faults.none().withOtherCertificate(true));
		this.extraOptions.add("--skip-preflight");
		CliRun run = register();
		assertThat(run.exitCode()).isEqualTo(60);
		assertThat(run.err()).contains("TLS pin mismatch").contains(this.simulator.otherThumbprint().toString());
		assertThat(this.simulator.requests()).isEmpty();
	}

	@Test
	void registerWhenWindowAlreadyClosedThenExit6AndNothingSent() throws IOException {
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(register().exitCode()).isEqualTo(6);
		assertThat(this.simulator.requests()).isEmpty();
	}

	@Test
	void registerWhenDoneMarkerExistsThenSkipsWithoutReadingTheEnvironment() throws IOException {
		assertThat(register().exitCode()).isZero();
		Files.delete(this.dir.resolve("ovf-env.xml"));
		CliRun again = register();
		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).contains("Already registered");
	}

	private CliRun register() {
		Path ovfEnv = this.dir.resolve("ovf-env.xml");
		Path certificate = this.dir.resolve("server.pem");
		if (!Files.exists(ovfEnv) && this.simulator.requests().isEmpty()) {
			this.simulator.writeOvfEnvironment(ovfEnv);
		}
		this.simulator.writeCertificatePem(certificate);
		List<String> args = new ArrayList<>(List.of("register", "--ovf-env", ovfEnv.toString(), "--descriptor",
				"examples/extension.yaml", "--certificate", certificate.toString(), "--appliance-address",
				"127.0.0.1:" + this.simulator.address().getPort(), "--state-dir", this.dir.resolve("state").toString(),
				"--deployed-at", "2026-11-23T10:00:00Z"));
		args.addAll(this.extraOptions);
		return CliRun.of(CliRun.virtualTime(this.clock, 5), args);
	}

}
