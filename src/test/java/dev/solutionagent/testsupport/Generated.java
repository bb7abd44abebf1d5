package dev.solutionagent.testsupport;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Input for property tests, drawn from a seeded {@link Random} so that every sample can
 * be made again from its seed: text from all of UTF-16 or from a chosen alphabet, bytes,
 * and mutations of a valid document.
 */
public final class Generated {

	private Generated() {
	}

	public static <T> T oneOf(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/**
	 * Any UTF-16 text up to a length, lone surrogates and control characters included.
	 * @param random the source
	 * @param maxLength the longest text
	 * @return the text
	 */
	public static String text(Random random, int maxLength) {
		char[] chars = new char[random.nextInt(maxLength + 1)];
		for (int i = 0; i < chars.length; i++) {
			// Mostly ASCII, where the parsers' own syntax lives.
			chars[i] = (char) (random.nextInt(4) > 0 ? random.nextInt(0x80) : random.nextInt(0x10000));
		}
		return new String(chars);
	}

	/**
	 * Text of code points from an alphabet.
	 * @param random the source
	 * @param alphabet the code points to draw from
	 * @param maxLength the most code points
	 * @return the text
	 */
	public static String text(Random random, String alphabet, int maxLength) {
		int[] codePoints = alphabet.codePoints().toArray();
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
			text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
		}
		return text.toString();
	}

	public static byte[] bytes(Random random, int maxLength) {
		byte[] bytes = new byte[random.nextInt(maxLength + 1)];
		random.nextBytes(bytes);
		return bytes;
	}

	/**
	 * A document with one to six random edits: a byte flipped, a range cut, doubled or
	 * cut short, a snippet put in.
	 * @param random the source
	 * @param document the valid document
	 * @param snippets what may be put in, such as markup that breaks or attacks a parser
	 * @return the mutated copy
	 */
	public static byte[] mutate(Random random, byte[] document, List<byte[]> snippets) {
		byte[] result = document.clone();
		for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
			int at = random.nextInt(result.length + 1);
			int end = Math.min(result.length, at + random.nextInt(64));
			result = switch (random.nextInt(5)) {
				case 0 -> flip(result, at, random);
				case 1 -> splice(result, at, end, new byte[0]);
				case 2 -> splice(result, at, at, Arrays.copyOfRange(result, at, end));
				case 3 -> Arrays.copyOf(result, at);
				default -> splice(result, at, at, oneOf(random, snippets));
			};
		}
		return result;
	}

	/**
	 * Text as a failure message can show it: anything but printable ASCII as a Java
	 * escape.
	 * @param text the text
	 * @return the escaped text
	 */
	public static String visible(String text) {
		StringBuilder result = new StringBuilder();
		text.chars()
			.forEach((c) -> result.append((c >= 0x20 && c < 0x7f) ? Character.toString(c) : "\\u%04X".formatted(c)));
		return result.toString();
	}

	private static byte[] flip(byte[] bytes, int at, Random random) {
		if (at < bytes.length) {
			bytes[at] ^= (byte) (1 << random.nextInt(8));
		}
		return bytes;
	}

	private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bytes, 0, from);
		out.writeBytes(insert);
		out.write(bytes, to, bytes.length - to);
		return out.toByteArray();
	}

}
