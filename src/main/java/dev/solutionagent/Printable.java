package dev.solutionagent;

/**
 * Text from outside (OVF values, descriptor strings, server messages) made safe to print:
 * control characters would let a server or a document colour a terminal, ring its bell,
 * or start a forged line in the journal, so each is written as a visible escape.
 */
public final class Printable {

	private Printable() {
	}

	/**
	 * Escape every control character: {@code \n}, {@code \r} and {@code \t} as themselves
	 * in backslash form, the rest (C0, DEL, C1, and the Unicode line and paragraph
	 * separators) as a backslash, {@code u} and four hex digits.
	 * @param text the text, possibly {@code null}
	 * @return the text on one line with nothing a terminal would act on; {@code "null"}
	 * for {@code null}
	 */
	public static String escape(CharSequence text) {
		if (text == null) {
			return "null";
		}
		if (isClean(text)) {
			return text.toString();
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (isControl(c)) {
						out.append("\\u").append("%04X".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static boolean isClean(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a character is one that a terminal or a log reader acts on.
	 * @param c the character
	 * @return {@code true} for C0, DEL, C1, U+2028 and U+2029
	 */
	public static boolean isControl(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

}
