package dev.solutionagent.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.DeliveryException;
import dev.solutionagent.delivery.DeliveryResult;
import dev.solutionagent.delivery.Preflight;
import dev.solutionagent.delivery.SolutionInstallClient;
import dev.solutionagent.delivery.TokenWindow;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.state.RegistrationRecord;
import dev.solutionagent.state.StateStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a payload: preflight of the plug-in server, the solution-install POST, then
 * {@code result.json} whatever happened and the {@code done} marker on success.
 */
public final class RegistrationJob {

	private static final Logger logger = LoggerFactory.getLogger(RegistrationJob.class);

	private final @Nullable Preflight preflight;

	private final SolutionInstallClient client;

	private final StateStore state;

	private final TokenWindow window;

	private final Clock clock;

	/**
	 * Create the job.
	 * @param preflight the preflight, or {@code null} to skip it
	 * @param client the solution-install client
	 * @param state the state folder
	 * @param window the token window
	 * @param clock the clock
	 */
	public RegistrationJob(@Nullable Preflight preflight, SolutionInstallClient client, StateStore state,
			TokenWindow window, Clock clock) {
		this.preflight = preflight;
		this.client = client;
		this.state = state;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Run the job.
	 * @param context the solution-install context
	 * @param payload the body to send
	 * @param previous the newest record an earlier run left, if any
	 * @return the record of the registration
	 * @throws DeliveryException when the registration fails; the state holds the failure
	 */
	public RegistrationRecord run(SolutionInstallContext context, Payload payload,
			Optional<RegistrationRecord> previous) {
		String tokenId = RegistrationRecord.tokenIdOf(context.token().reveal());
		boolean earlierRunMaySpend = previous
			.filter((record) -> record.tokenId().isEmpty() || record.tokenId().equals(tokenId))
			.map(RegistrationRecord::mayHaveSpentToken)
			.orElse(false);
		if (earlierRunMaySpend) {
			logger.warn("An earlier run stopped after sending, or lost its answer: if vCenter now refuses the token, "
					+ "the plug-in may already be registered");
		}
		try {
			if (!this.window.isOpen(this.clock.instant())) {
				// The token has expired: neither preflight nor a request can change that.
				throw new DeliveryException(ExitStatus.WINDOW_CLOSED,
						"not registered: the token window closed at %s, ".formatted(this.window.deadline())
								+ "before the first attempt (deployed at %s, %s). Redeploy "
									.formatted(this.window.deployedAt(), this.window.estimate())
								+ "the appliance from Client Plugins to get a new token",
						0, 0);
			}
			if (this.preflight != null) {
				this.preflight.check(payload.extensions());
			}
			// Written before the token leaves: proves the state folder is writable while
			// nothing is spent yet, and tells the next run, should this one die before
			// the answer is recorded.
			this.state.record(record(context, payload, RegistrationRecord.SENDING, ExitStatus.OUTCOME_UNKNOWN,
					"sending to vCenter; if this record stays, the run stopped before the answer was recorded", 0, 0,
					tokenId));
		}
		catch (DeliveryException ex) {
			recordFailure(record(context, payload, outcome(ex), ex.status(), ex.getMessage(), ex.httpStatus(),
					ex.attempts(), tokenId));
			throw ex;
		}
		DeliveryResult result;
		try {
			result = this.client.register(context, payload, earlierRunMaySpend);
		}
		catch (DeliveryException ex) {
			recordFailure(record(context, payload, outcome(ex), ex.status(), ex.getMessage(), ex.httpStatus(),
					ex.attempts(), tokenId));
			throw ex;
		}
		RegistrationRecord record = record(context, payload, RegistrationRecord.REGISTERED, ExitStatus.OK,
				result.detail(), result.httpStatus(), result.attempts(), tokenId);
		try {
			this.state.record(record);
			this.state.markDone(record);
			logger.info("Registration recorded in {}", this.state.directory());
		}
		catch (AgentException ex) {
			// vCenter accepted: that is the outcome, whatever the local disk does.
			logger.error(
					"Registered with vCenter (HTTP {}), but it could not be recorded: {}. The next boot runs "
							+ "register again; fix the state folder so that it stops before sending",
					result.httpStatus(), ex.getMessage());
		}
		return record;
	}

	// A failure to record a failure must not hide the failure itself.
	private void recordFailure(RegistrationRecord record) {
		try {
			this.state.record(record);
		}
		catch (AgentException ex) {
			logger.error("The outcome '{}' could not be recorded: {}", record.outcome(), ex.getMessage());
		}
	}

	private static String outcome(AgentException ex) {
		return ex.status().name().toLowerCase(Locale.ROOT);
	}

	private RegistrationRecord record(SolutionInstallContext context, Payload payload, String outcome,
			ExitStatus status, String message, int httpStatus, int attempts, String tokenId) {
		List<RegistrationRecord.ExtensionEntry> entries = new ArrayList<>();
		payload.extensionsByGuid()
			.forEach((guid, extensions) -> extensions.forEach((extension) -> entries
				.add(new RegistrationRecord.ExtensionEntry(extension.key(), extension.version(), guid))));
		return new RegistrationRecord(this.clock.instant(), outcome, status.code(), message,
				context.endpoint().getHost(), context.pin().toString(), payload.shape().toString(), entries, httpStatus,
				attempts, tokenId);
	}

}
