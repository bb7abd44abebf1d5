package dev.solutionagent.tls;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DerTests {

	private static final HexFormat HEX = HexFormat.of().withUpperCase();

	@Test
	void oidWhenMultiByteArcsThenEncodesBase128() {
		assertThat(HEX.formatHex(Der.oid("1.2.840.10045.2.1"))).isEqualTo("06072A8648CE3D0201");
	}

	@Test
	void integerWhenHighBitSetThenPrependsZeroOctet() {
		assertThat(HEX.formatHex(Der.integer(BigInteger.valueOf(128)))).isEqualTo("02020080");
		assertThat(HEX.formatHex(Der.integer(BigInteger.TWO))).isEqualTo("020102");
	}

	@Test
	void tlvWhenContentLongerThan127ThenUsesLongFormLength() {
		assertThat(HEX.formatHex(Der.tlv(0x04, new byte[127]), 0, 2)).isEqualTo("047F");
		assertThat(HEX.formatHex(Der.tlv(0x04, new byte[200]), 0, 3)).isEqualTo("0481C8");
		assertThat(HEX.formatHex(Der.tlv(0x04, new byte[300]), 0, 4)).isEqualTo("0482012C");
	}

	@Test
	void timeWhenBefore2050ThenUtcTimeElseGeneralizedTime() {
		assertThat(new String(Der.time(Instant.parse("2049-12-31T23:59:59Z")), 2, 13)).isEqualTo("491231235959Z");
		assertThat(Der.time(Instant.parse("2049-12-31T23:59:59Z"))[0]).isEqualTo((byte) 0x17);
		assertThat(new String(Der.time(Instant.parse("2050-01-01T00:00:00Z")), 2, 15)).isEqualTo("20500101000000Z");
		assertThat(Der.time(Instant.parse("2050-01-01T00:00:00Z"))[0]).isEqualTo((byte) 0x18);
	}

	@Test
	void bitStringWhenUnusedBitsThenWritesCountFirst() {
		assertThat(HEX.formatHex(Der.bitString(new byte[] { (byte) 0x80 }, 7))).isEqualTo("03020780");
	}

	@Test
	void sequenceWhenEmptyThenTwoOctets() {
		assertThat(HEX.formatHex(Der.sequence())).isEqualTo("3000");
		assertThat(HEX.formatHex(Der.explicit(3, Der.sequence()))).isEqualTo("A3023000");
	}

}
