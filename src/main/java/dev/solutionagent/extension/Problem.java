package dev.solutionagent.extension;

import dev.solutionagent.Printable;

/**
 * One finding about a descriptor, located by its JSON path.
 *
 * @param severity whether it stops registration
 * @param path the JSON path, such as {@code $.server[0].serverThumbprint}
 * @param message what is wrong and what to do
 */
public record Problem(Severity severity, String path, String message) {

	public static Problem error(String path, String message) {
		return new Problem(Severity.ERROR, path, message);
	}

	public static Problem warning(String path, String message) {
		return new Problem(Severity.WARNING, path, message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/**
	 * The severity's word, as lines and JSON write it.
	 * @return {@code error} or {@code warning}
	 */
	public String label() {
		return this.severity.label;
	}

	/**
	 * The problem as a line says it after the file and location.
	 * @return {@code error: $.path: message}, without the path when it is the whole file,
	 * control characters escaped
	 */
	@Override
	public String toString() {
		return Printable.escape(this.path.equals("$") ? "%s: %s".formatted(this.severity.label, this.message)
				: "%s: %s: %s".formatted(this.severity.label, this.path, this.message));
	}

	/**
	 * Errors stop registration; warnings are printed and registration goes on.
	 */
	public enum Severity {

		ERROR("error"), WARNING("warning");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

	}

}
