package dev.solutionagent.logging;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityTests {

	@Test
	void ofWhenLogbackLevelThenSdDaemonPriority() {
		assertThat(Priority.of(Level.ERROR).prefix()).isEqualTo("<3>");
		assertThat(Priority.of(Level.WARN).prefix()).isEqualTo("<4>");
		assertThat(Priority.of(Level.INFO).prefix()).isEqualTo("<6>");
		assertThat(Priority.of(Level.DEBUG).prefix()).isEqualTo("<7>");
		assertThat(Priority.of(Level.TRACE).prefix()).isEqualTo("<7>");
	}

	@Test
	void prefixLinesWhenSeveralLinesThenEachStartsWithThePrefix() {
		assertThat(Priority.ERROR.prefixLines("one\ntwo\n")).isEqualTo("<3>one\n<3>two\n");
		assertThat(Priority.WARNING.prefixLines("no line end")).isEqualTo("<4>no line end");
		assertThat(Priority.INFO.prefixLines("\n")).isEqualTo("<6>\n");
		assertThat(Priority.INFO.prefixLines("")).isEmpty();
	}

	@Test
	void prefixLinesWhenALineCarriesItsOwnPrefixThenOursComesFirst() {
		// journald reads only the first prefix of a line, so a message cannot raise its
		// own priority.
		assertThat(Priority.INFO.prefixLines("a\n<0>forged\n")).isEqualTo("<6>a\n<6><0>forged\n");
	}

}
