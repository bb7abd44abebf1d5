package dev.solutionagent;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTests {

	private static final List<String> KNOWN = List.of("agent.descriptor", "agent.certificate", "agent.state-dir",
			"agent.retry.initial-delay");

	@Test
	void closestWhenOneLetterIsMissingThenThatName() {
		assertThat(Suggestions.closest("agent.descriptr", KNOWN)).contains("agent.descriptor");
	}

	@Test
	void closestWhenCaseDiffersOrNeighboursAreSwappedThenThatName() {
		assertThat(Suggestions.closest("Company", List.of("company", "key"))).contains("company");
		assertThat(Suggestions.closest("agent.retry.intial-dealy", KNOWN)).contains("agent.retry.initial-delay");
	}

	@Test
	void closestWhenNothingIsCloseThenEmpty() {
		assertThat(Suggestions.closest("agent.name", KNOWN)).isEmpty();
		assertThat(Suggestions.closest("x", List.of())).isEmpty();
	}

	@Test
	void didYouMeanWhenCloseThenAQuestionElseNothing() {
		assertThat(Suggestions.didYouMean("appliance.thumbPrint", List.of("appliance.thumbprint")))
			.isEqualTo("; did you mean 'appliance.thumbprint'?");
		assertThat(Suggestions.didYouMean("zzz", KNOWN)).isEmpty();
	}

	@Test
	void distanceCountsEditsAndSwapsOnce() {
		assertThat(Suggestions.distance("abc", "abc")).isZero();
		assertThat(Suggestions.distance("abc", "acb")).isOne();
		assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
		assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
	}

}
