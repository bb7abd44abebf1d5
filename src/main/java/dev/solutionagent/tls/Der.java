package dev.solutionagent.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few DER (X.690) encodings an X.509 certificate needs. Every method returns a
 * complete tag-length-value element, so certificates are built by nesting calls.
 */
final class Der {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

	private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

	private Der() {
	}

	static byte[] sequence(byte[]... elements) {
		return tlv(0x30, concat(elements));
	}

	static byte[] set(byte[]... elements) {
		return tlv(0x31, concat(elements));
	}

	static byte[] bool(boolean value) {
		return tlv(0x01, new byte[] { (byte) (value ? 0xFF : 0x00) });
	}

	static byte[] integer(BigInteger value) {
		// BigInteger's two's complement bytes are already the minimal DER content.
		return tlv(0x02, value.toByteArray());
	}

	static byte[] bitString(byte[] bits, int unusedBits) {
		byte[] content = new byte[bits.length + 1];
		content[0] = (byte) unusedBits;
		System.arraycopy(bits, 0, content, 1, bits.length);
		return tlv(0x03, content);
	}

	static byte[] octetString(byte[] value) {
		return tlv(0x04, value);
	}

	static byte[] oid(String dotted) {
		String[] arcs = dotted.split("\\.");
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		base128(content, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
		for (int i = 2; i < arcs.length; i++) {
			base128(content, Long.parseLong(arcs[i]));
		}
		return tlv(0x06, content.toByteArray());
	}

	static byte[] utf8String(String value) {
		return tlv(0x0C, value.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A UTCTime up to 2049 and a GeneralizedTime from 2050 on, as RFC 5280 requires.
	 * @param instant the time, whole seconds
	 * @return the element
	 */
	static byte[] time(Instant instant) {
		ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
		if (utc.getYear() >= 1950 && utc.getYear() < 2050) {
			return tlv(0x17, UTC_TIME.format(utc).getBytes(StandardCharsets.US_ASCII));
		}
		return tlv(0x18, GENERALIZED_TIME.format(utc).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A constructed context-specific tag around a complete element, {@code [n] EXPLICIT}.
	 * @param tagNumber the tag number, 0 to 30
	 * @param element the wrapped element
	 * @return the element
	 */
	static byte[] explicit(int tagNumber, byte[] element) {
		return tlv(0xA0 | tagNumber, element);
	}

	/**
	 * A primitive context-specific tag that replaces the content's own tag,
	 * {@code [n] IMPLICIT}.
	 * @param tagNumber the tag number, 0 to 30
	 * @param content the raw content octets
	 * @return the element
	 */
	static byte[] implicit(int tagNumber, byte[] content) {
		return tlv(0x80 | tagNumber, content);
	}

	static byte[] tlv(int tag, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
		out.write(tag);
		int length = content.length;
		if (length < 0x80) {
			out.write(length);
		}
		else {
			int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
			out.write(0x80 | octets);
			for (int shift = (octets - 1) * 8; shift >= 0; shift -= 8) {
				out.write(length >>> shift);
			}
		}
		out.writeBytes(content);
		return out.toByteArray();
	}

	private static void base128(ByteArrayOutputStream out, long value) {
		int groups = Math.max(1, (Long.SIZE - Long.numberOfLeadingZeros(value) + 6) / 7);
		for (int group = groups - 1; group >= 0; group--) {
			int bits = (int) ((value >>> (group * 7)) & 0x7F);
			out.write((group > 0) ? (bits | 0x80) : bits);
		}
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
