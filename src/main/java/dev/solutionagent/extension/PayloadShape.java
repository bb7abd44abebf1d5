package dev.solutionagent.extension;

import java.util.Locale;

/**
 * The two bodies of {@code POST /api/ui/solutioninstall}, and the choice between them.
 */
public enum PayloadShape {

	/** Per-GUID when every target vCenter is 8.0 U3 or later, else the list. */
	AUTO,

	/** {@code {"vcenterExtensions": [...]}}: the same extensions for every vCenter. */
	LIST,

	/** {@code {"vcenterExtensionsPerGuid": {...}}}: 8.0 U3 and later. */
	PER_GUID;

	/**
	 * Parse {@code auto}, {@code list} or {@code per-guid}.
	 * @param text the setting value
	 * @return the shape
	 * @throws IllegalArgumentException for any other value
	 */
	public static PayloadShape parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"'%s' is not a payload shape; use auto, list or per-guid".formatted(text));
		}
	}

	/**
	 * The body property that carries this shape.
	 * @return {@code vcenterExtensions} or {@code vcenterExtensionsPerGuid}
	 */
	public String property() {
		return (this == PER_GUID) ? "vcenterExtensionsPerGuid" : "vcenterExtensions";
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
