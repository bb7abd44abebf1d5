package dev.solutionagent.cli;

import java.util.EnumMap;
import java.util.Map;

import dev.solutionagent.ExitStatus;

/**
 * What each exit code means, in one place: every command's help and README's exit-code
 * table are made from these lines (a test compares the table with them).
 */
final class ExitMeanings {

	private static final Map<ExitStatus, String> MEANINGS = new EnumMap<>(ExitStatus.class);

	static {
		MEANINGS.put(ExitStatus.OK, "registered, already done (the `done` marker exists), or valid");
		MEANINGS.put(ExitStatus.INTERNAL_ERROR, "internal error (a bug: rerun with `--stacktrace` and report it)");
		MEANINGS.put(ExitStatus.USAGE,
				"usage or configuration error: bad option, setting, descriptor, certificate file or state folder");
		MEANINGS.put(ExitStatus.ENVIRONMENT, "OVF environment missing or invalid");
		MEANINGS.put(ExitStatus.TOKEN_REFUSED, "token refused or expired (vCenter answered 401 or 403), or vCenter "
				+ "refused the user name, password or privileges (extension commands)");
		MEANINGS.put(ExitStatus.PAYLOAD_REFUSED, "payload refused (400, 422, 404 and other final answers)");
		MEANINGS.put(ExitStatus.WINDOW_CLOSED, "the token window closed (or had closed) before vCenter answered, or "
				+ "vCenter could not be reached (extension commands)");
		MEANINGS.put(ExitStatus.OUTCOME_UNKNOWN,
				"outcome unknown: an earlier attempt may have used the one-time token although its answer was lost");
		MEANINGS.put(ExitStatus.ALREADY_REGISTERED,
				"extension key already registered (`extension register` without `--update`); nothing changed");
		MEANINGS.put(ExitStatus.NOT_REGISTERED,
				"extension key not registered (`extension update`, `unregister`, `info`)");
		MEANINGS.put(ExitStatus.PREFLIGHT_FAILED, "preflight failed: the plug-in server does not serve its manifest "
				+ "as the descriptor declares (wrong thumbprint, not a manifest, an error, or not in "
				+ "`agent.preflight-timeout`); nothing was sent and the token is unused, so fix the server and run "
				+ "`register` again inside the window");
		MEANINGS.put(ExitStatus.TLS,
				"TLS failure or pin mismatch of the leaf certificate (as curl and govc use 60); nothing was sent");
	}

	static {
		for (ExitStatus status : ExitStatus.values()) {
			if (!MEANINGS.containsKey(status)) {
				throw new IllegalStateException("exit status " + status + " has no meaning written in ExitMeanings");
			}
		}
	}

	private ExitMeanings() {
	}

	/**
	 * The meaning as README's table writes it.
	 * @param status the exit status
	 * @return one line, Markdown code spans included
	 */
	static String markdown(ExitStatus status) {
		return MEANINGS.get(status);
	}

	/**
	 * The meaning as help prints it.
	 * @param status the exit status
	 * @return one line of plain text
	 */
	static String text(ExitStatus status) {
		return markdown(status).replace("`", "");
	}

}
