package dev.solutionagent.extension;

import dev.solutionagent.Printable;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON written with DEL, the C1 controls and the Unicode line and paragraph separators as
 * {@code \\uXXXX} too, not only the C0 controls JSON requires: the body is printed by a
 * dry run and logged by servers, where these would act on a terminal or break a line. A
 * JSON reader gets the same text.
 */
final class JsonControlEscapes extends CharacterEscapes {

	private static final int[] ASCII = standardAsciiEscapesForJSON();

	static {
		ASCII[0x7F] = ESCAPE_STANDARD;
	}

	@Override
	public int[] getEscapeCodesForAscii() {
		return ASCII;
	}

	@Override
	public SerializableString getEscapeSequence(int ch) {
		return Printable.isControl((char) ch) ? new SerializedString("\\u%04X".formatted(ch)) : null;
	}

}
