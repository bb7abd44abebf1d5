package dev.solutionagent.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ThumbprintTests {

	private static final String SHA256 = "B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B3";

	private static final String SHA1 = "32:D9:AD:11:E6:2D:A5:A7:0A:C9:A6:B3:D4:DC:A7:4F:5F:C2:48:49";

	@ParameterizedTest
	@ValueSource(strings = { SHA256,
			"b6:35:c2:7b:1f:da:ad:5c:dd:5a:99:36:39:66:01:a5:3a:5a:7d:b0:a5:eb:60:d8:74:07:6c:ee:98:93:11:b3",
			"B635C27B1FDAAD5CDD5A9936396601A53A5A7DB0A5EB60D874076CEE989311B3",
			"b6 35 c2 7b 1f da ad 5c dd 5a 99 36 39 66 01 a5 3a 5a 7d b0 a5 eb 60 d8 74 07 6c ee 98 93 11 b3",
			"B6-35-C2-7B-1F-DA-AD-5C-DD-5A-99-36-39-66-01-A5-3A-5A-7D-B0-A5-EB-60-D8-74-07-6C-EE-98-93-11-B3",
			"  B635C27B1FDAAD5C:DD5A9936396601A5-3A5A7DB0A5EB60D8 74076CEE989311B3\n" })
	void parseWhenAnySpellingOfSha256ThenCanonicalUpperCaseColonForm(String spelling) {
		Thumbprint thumbprint = Thumbprint.parse(spelling);
		assertThat(thumbprint.algorithm()).isEqualTo(Thumbprint.Algorithm.SHA256);
		assertThat(thumbprint).hasToString(SHA256);
		assertThat(thumbprint).isEqualTo(Thumbprint.parse(SHA256));
	}

	@Test
	void parseWhenTwentyBytesThenSha1() {
		Thumbprint thumbprint = Thumbprint.parse(SHA1.toLowerCase().replace(":", ""));
		assertThat(thumbprint.algorithm()).isEqualTo(Thumbprint.Algorithm.SHA1);
		assertThat(thumbprint).hasToString(SHA1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"B6:35:C2|is 3 bytes long; a thumbprint is 32 bytes (SHA-256) or 20 bytes (SHA-1)",
			"B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11|is 31 bytes long",
			"B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B3:00|is 33 bytes long",
			"B6:3|has an odd number of hex digits (3)", "ZZ:35|is not hexadecimal", "'  '|is empty" })
	void parseWhenMalformedThenRefusedWithWhatItSaw(String text, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> Thumbprint.parse(text)).withMessageContaining(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "B6:35:ZZ|it holds U+005A ('Z')", "B6:35:\uFF21\uFF22|it holds U+FF21 ('\uFF21')",
					"B6\u00A035|it holds U+00A0 ('\u00A0')", "B6.35|it holds U+002E ('.')",
					"B6\u000035|it holds U+0000;" })
	void parseWhenNotHexThenNamesTheFirstCharacterThatIsNot(String text, String named) {
		assertThatIllegalArgumentException().isThrownBy(() -> Thumbprint.parse(text))
			.withMessageContaining("is not hexadecimal: " + named);
	}

	@Test
	void equalsWhenSameBytesDifferentAlgorithmThenNotEqual() {
		assertThat(Thumbprint.parse(SHA256)).isNotEqualTo(Thumbprint.parse(SHA1))
			.isNotEqualTo(Thumbprint.parse(
					"B6:35:C2:7B:1F:DA:AD:5C:DD:5A:99:36:39:66:01:A5:3A:5A:7D:B0:A5:EB:60:D8:74:07:6C:EE:98:93:11:B4"));
		assertThat(Thumbprint.parse(SHA256)).hasSameHashCodeAs(Thumbprint.parse(SHA256.toLowerCase()));
	}

	@Test
	void matchesWhenCertificateDigestEqualsWithThePinsAlgorithm() {
		var certificate = CertificateFiles.readFirst(CertificateFilesTests.resource("plugin-server.pem"));
		assertThat(Thumbprint.parse(SHA256).matches(certificate)).isTrue();
		assertThat(Thumbprint.parse(SHA1).matches(certificate)).isTrue();
		assertThat(Thumbprint.parse(SHA256.replace("B3", "B4")).matches(certificate)).isFalse();
	}

}
