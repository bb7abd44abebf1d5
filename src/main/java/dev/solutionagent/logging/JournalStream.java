package dev.solutionagent.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Whether standard error is connected to the journal. systemd sets {@code JOURNAL_STREAM}
 * to {@code DEVICE:INODE} (decimal) of the stream socket it gives a service whose output
 * goes to the journal; the stream is the journal's when the file behind the descriptor
 * has that device and inode (systemd.exec(5)). A child that inherited the variable but
 * writes to a terminal or a pipe does not match.
 */
public final class JournalStream {

	private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

	private static volatile @Nullable Boolean standardError;

	private JournalStream() {
	}

	/**
	 * Whether this process's standard error is the journal, decided once.
	 * @return true under systemd with {@code StandardError=journal}
	 */
	public static boolean standardError() {
		Boolean answer = standardError;
		if (answer == null) {
			answer = matches(System.getenv("JOURNAL_STREAM"), STANDARD_ERROR);
			standardError = answer;
		}
		return answer;
	}

	/**
	 * The prefix a line of this priority written to standard error needs: the priority's
	 * when standard error is the journal, else none.
	 * @param priority the line's priority
	 * @return the prefix, or an empty string
	 */
	public static String prefix(Priority priority) {
		return standardError() ? priority.prefix() : "";
	}

	/**
	 * Whether a {@code JOURNAL_STREAM} value names the file behind a path.
	 * @param journalStream the variable's value, {@code null} when unset
	 * @param file the file, such as {@code /proc/self/fd/2}, which the kernel resolves to
	 * the open file even when it is a socket
	 * @return true when device and inode both match
	 */
	static boolean matches(@Nullable String journalStream, Path file) {
		if (journalStream == null) {
			return false;
		}
		int colon = journalStream.indexOf(':');
		if (colon < 1) {
			return false;
		}
		try {
			long device = Long.parseUnsignedLong(journalStream.substring(0, colon));
			long inode = Long.parseUnsignedLong(journalStream.substring(colon + 1));
			return device == (long) Files.getAttribute(file, "unix:dev")
					&& inode == (long) Files.getAttribute(file, "unix:ino");
		}
		catch (NumberFormatException | IOException | UnsupportedOperationException ex) {
			// Malformed, or a platform without unix attributes: plain output is safe.
			return false;
		}
	}

}
