package dev.solutionagent.tls;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import dev.solutionagent.testsupport.Generated;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of {@link Thumbprint#parse} on generated text, one seed per repetition: any
 * text is a thumbprint or an {@link IllegalArgumentException} that says why, and any 20
 * or 32 bytes, however spelled, read as the same canonical thumbprint.
 */
class ThumbprintPropertiesTests {

	// Hex, the separators read, characters that are neither, and look-alikes: no-break
	// and figure spaces, a zero-width space, fullwidth 0, A and colon, an Arabic-Indic
	// four.
	private static final String ALPHABET = "0123456789abcdefABCDEF:- \t\n" + "gGzZ.;_,/" + "\u00A0\u2007\u200B\u3000"
			+ "\uFF10\uFF21\uFF1A\u0664\uD83D\uDE00";

	private static final String CANONICAL = "(\\p{XDigit}{2}:){19}\\p{XDigit}{2}|(\\p{XDigit}{2}:){31}\\p{XDigit}{2}";

	private static final List<String> SEPARATORS = List.of("", ":", " ", "-", "\t", "\n", ": ", " - ", "\r\n");

	// Stripped at both ends, Unicode spaces included.
	private static final List<String> EDGES = List.of("", " ", "\t", "\n", "\u2003", "\r\n  ");

	@RepeatedTest(value = 300, name = "seed {currentRepetition}")
	void parseWhenAnyTextThenAThumbprintOrIllegalArgumentWithAMessage(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		byte[] bytes = new byte[Generated.oneOf(random, List.of(19, 20, 21, 31, 32, 33, random.nextInt(41)))];
		random.nextBytes(bytes);
		String valid = HexFormat.ofDelimiter(":").formatHex(bytes);
		List<String> samples = List.of(Generated.text(random, 120), Generated.text(random, ALPHABET, 120),
				edited(random, valid));
		for (String text : samples) {
			Throwable thrown = catchThrowable(() -> Thumbprint.parse(text));
			if (thrown != null) {
				assertThat(thrown).as("Thumbprint.parse(\"%s\")", Generated.visible(text))
					.isExactlyInstanceOf(IllegalArgumentException.class);
				assertThat(thrown.getMessage()).isNotBlank();
			}
			else {
				Thumbprint thumbprint = Thumbprint.parse(text);
				assertThat(thumbprint.toString()).matches(CANONICAL);
				assertThat(Thumbprint.parse(thumbprint.toString())).isEqualTo(thumbprint);
			}
		}
	}

	@RepeatedTest(value = 200, name = "seed {currentRepetition}")
	void parseWhenRandomBytesInAnySpellingThenTheSameCanonicalForm(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		byte[] bytes = new byte[random.nextBoolean() ? 20 : 32];
		random.nextBytes(bytes);
		String spelling = spell(random, bytes);
		Thumbprint thumbprint = Thumbprint.parse(spelling);
		assertThat(thumbprint).as(spelling).hasToString(HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes));
		assertThat(thumbprint.algorithm())
			.isEqualTo((bytes.length == 20) ? Thumbprint.Algorithm.SHA1 : Thumbprint.Algorithm.SHA256);
	}

	// Near the lengths that matter: a few characters put in, taken out or replaced.
	private static String edited(Random random, String text) {
		StringBuilder result = new StringBuilder(text);
		for (int edits = random.nextInt(4); edits > 0; edits--) {
			int at = random.nextInt(result.length() + 1);
			String character = Generated.text(random, ALPHABET, 1);
			switch (random.nextInt(3)) {
				case 0 -> result.insert(at, character);
				case 1 -> result.delete(at, Math.min(result.length(), at + 1));
				default -> result.replace(at, Math.min(result.length(), at + 1), character);
			}
		}
		return result.toString();
	}

	private static String spell(Random random, byte[] bytes) {
		boolean oneSeparator = random.nextBoolean();
		String separator = Generated.oneOf(random, SEPARATORS);
		StringBuilder text = new StringBuilder(Generated.oneOf(random, EDGES));
		for (int i = 0; i < bytes.length; i++) {
			if (i > 0) {
				text.append(oneSeparator ? separator : Generated.oneOf(random, SEPARATORS));
			}
			for (char digit : "%02x".formatted(bytes[i]).toCharArray()) {
				text.append(random.nextBoolean() ? Character.toUpperCase(digit) : digit);
			}
		}
		return text.append(Generated.oneOf(random, EDGES)).toString();
	}

}
