package dev.solutionagent.environment;

/**
 * A secret value, such as the solution-install token, that prints as a redaction marker.
 * Only {@link #reveal()} gives the value, and only the code that sends it calls that.
 */
public final class Secret {

	private final String value;

	private Secret(String value) {
		this.value = value;
	}

	public static Secret of(String value) {
		return new Secret(value);
	}

	/**
	 * The secret itself. Call it only where the value leaves the process on purpose.
	 * @return the secret
	 */
	public String reveal() {
		return this.value;
	}

	public int length() {
		return this.value.length();
	}

	public boolean isEmpty() {
		return this.value.isEmpty();
	}

	/**
	 * A redaction marker that tells the length but not the value.
	 * @param value the secret value
	 * @return for example {@code <redacted, 44 characters>}
	 */
	public static String describe(String value) {
		return "<redacted, %d characters>".formatted(value.length());
	}

	@Override
	public String toString() {
		return describe(this.value);
	}

}
