package dev.solutionagent.registration;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.solutionagent.AgentException;
import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.DeliveryException;
import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.Preflight;
import dev.solutionagent.state.RegistrationRecord;
import dev.solutionagent.state.StateStore;
import dev.solutionagent.tls.Thumbprint;
import dev.solutionagent.vim.Credentials;
import dev.solutionagent.vim.ExtensionRegistrar;
import dev.solutionagent.vim.SoapExtension;
import dev.solutionagent.vim.VimClient;
import dev.solutionagent.vim.VimEndpoint;
import dev.solutionagent.vim.VimException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-boot job without a solution-install token: preflight of the plug-in server,
 * registration in vCenter's ExtensionManager, then {@code result.json} whatever happened
 * and the {@code done} marker on success, as {@link RegistrationJob} leaves them.
 */
public final class ExtensionManagerJob {

	/** The payload shape recorded for this path in {@code result.json}. */
	public static final String SHAPE = "extension-manager";

	private static final Logger logger = LoggerFactory.getLogger(ExtensionManagerJob.class);

	private final @Nullable Preflight preflight;

	private final StateStore state;

	private final Clock clock;

	/**
	 * Create the job.
	 * @param preflight the preflight, or {@code null} to skip it
	 * @param state the state folder
	 * @param clock the clock
	 */
	public ExtensionManagerJob(@Nullable Preflight preflight, StateStore state, Clock clock) {
		this.preflight = preflight;
		this.state = state;
		this.clock = clock;
	}

	/**
	 * Run the job.
	 * @param endpoint the vCenter
	 * @param pin the thumbprint vCenter's leaf certificate must have
	 * @param http timeouts
	 * @param credentials the vCenter user and password
	 * @param extensions the prepared records
	 * @param onExisting what to do with a key already registered
	 * @param previous the newest record an earlier run left, if any
	 * @return the record written to {@code result.json}
	 * @throws AgentException when the registration fails; {@code result.json} holds the
	 * failure
	 */
	public RegistrationRecord run(VimEndpoint endpoint, Thumbprint pin, HttpSettings http, Credentials credentials,
			List<SoapExtension> extensions, ExtensionRegistrar.OnExisting onExisting,
			Optional<RegistrationRecord> previous) {
		ExtensionRegistrar.OnExisting existing = onExisting;
		if (previous.filter((record) -> SHAPE.equals(record.payloadShape()))
			.filter(RegistrationRecord::mayHaveSpentToken)
			.isPresent()) {
			// The key found registered may be this appliance's own, from a run that died
			// after RegisterExtension: bring it to this descriptor rather than refuse it.
			logger.warn("An earlier run stopped after it started registering; keys found registered are updated");
			existing = ExtensionRegistrar.OnExisting.UPDATE;
		}
		try {
			if (this.preflight != null) {
				this.preflight.check(extensions.stream().map(SoapExtension::extension).toList());
			}
			// Written before the credentials leave, as the token path does.
			this.state.record(record(endpoint, pin, extensions, RegistrationRecord.SENDING, ExitStatus.OUTCOME_UNKNOWN,
					"registering through the ExtensionManager; if this record stays, the run stopped before the "
							+ "outcome was recorded",
					0));
			List<ExtensionRegistrar.Outcome> outcomes;
			try (VimClient client = VimClient.login(endpoint, pin, http, credentials)) {
				outcomes = ExtensionRegistrar.register(client, extensions, existing);
			}
			RegistrationRecord record = record(endpoint, pin, extensions, RegistrationRecord.REGISTERED, ExitStatus.OK,
					"registered through the ExtensionManager of vCenter " + endpoint.peer() + ": " + String
						.join(", ", outcomes.stream()
							.map((o) -> o.action().name().toLowerCase(Locale.ROOT) + " " + o.key() + " " + o.version())
							.toList()),
					200);
			try {
				this.state.record(record);
				this.state.markDone(record);
			}
			catch (AgentException ex) {
				logger.error("Registered with vCenter {}, but it could not be recorded: {}. The next boot runs "
						+ "register again; fix the state folder", endpoint.peer(), ex.getMessage());
			}
			return record;
		}
		catch (VimException | DeliveryException ex) {
			try {
				this.state.record(record(endpoint, pin, extensions, ex.status().name().toLowerCase(Locale.ROOT),
						ex.status(), ex.getMessage(), 0));
			}
			catch (AgentException stateFailure) {
				logger.error("The outcome could not be recorded: {}", stateFailure.getMessage());
			}
			throw ex;
		}
	}

	private RegistrationRecord record(VimEndpoint endpoint, Thumbprint pin, List<SoapExtension> extensions,
			String outcome, ExitStatus status, String message, int httpStatus) {
		return new RegistrationRecord(this.clock.instant(), outcome, status.code(), message, endpoint.host(),
				pin.toString(), SHAPE,
				extensions.stream()
					.map((e) -> new RegistrationRecord.ExtensionEntry(e.key(), e.version(), ""))
					.toList(),
				httpStatus, 1, "");
	}

}
