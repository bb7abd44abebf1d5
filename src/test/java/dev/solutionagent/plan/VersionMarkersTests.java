package dev.solutionagent.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionMarkersTests {

	@Test
	void markedWhenTheIdCarriesTheVersionInACommonForm() {
		assertThat(VersionMarkers.isMarked("com.example.p.v1_2.backup", "1.2.0.0")).isTrue();
		assertThat(VersionMarkers.isMarked("com.example.p.v1.backup", "1.2.0")).isTrue();
		assertThat(VersionMarkers.isMarked("com.example.p.1-2-0.backup", "1.2.0")).isTrue();
		assertThat(VersionMarkers.isMarked("ExamplePluginV3.Backup", "3.2.0")).isTrue();
		assertThat(VersionMarkers.isMarked("com.example.p.v120.backup", "1.2.0")).isTrue();
	}

	@Test
	void notMarkedWhenTheIdCarriesNoOrAnotherVersion() {
		assertThat(VersionMarkers.isMarked("com.example.p.backup", "1.2.0")).isFalse();
		assertThat(VersionMarkers.isMarked("com.example.p.v12.backup", "1.2.0")).isTrue();
		assertThat(VersionMarkers.isMarked("com.example.p.v2_0.backup", "1.2.0")).isFalse();
		assertThat(VersionMarkers.isMarked("com.example.p.v10.backup", "1.2.0")).isFalse();
		assertThat(VersionMarkers.isMarked("com.example.p.2.backup", "2.0.1")).isFalse();
	}

}
