package dev.solutionagent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTests {

	@Test
	void escapeWhenTextIsCleanThenReturnsItUnchanged() {
		assertThat(Printable.escape("vc.example.com answered 400: bad key ä"))
			.isEqualTo("vc.example.com answered 400: bad key ä");
	}

	@Test
	void escapeWhenTextHoldsTerminalControlsThenWritesThemVisibly() {
		assertThat(Printable.escape("a\u001b[31mred\u0007\u009b")).isEqualTo("a\\u001B[31mred\\u0007\\u009B");
	}

	@Test
	void escapeWhenTextHoldsLineBreaksThenKeepsOneLine() {
		String forged = "refused\n2026-12-01T10:00:00Z INFO  Registered\r\u2028x";
		assertThat(Printable.escape(forged)).doesNotContain("\n", "\r", "\u2028")
			.isEqualTo("refused\\n2026-12-01T10:00:00Z INFO  Registered\\r\\u2028x");
	}

	@Test
	void escapeWhenNullThenSaysNull() {
		assertThat(Printable.escape(null)).isEqualTo("null");
	}

}
