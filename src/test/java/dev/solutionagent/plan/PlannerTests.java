package dev.solutionagent.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.solutionagent.plan.Plan.Instance;
import dev.solutionagent.plan.Plan.Kind;
import dev.solutionagent.plan.Plan.Warning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vSphere's instance and multi-version rules on the examples of VMware's guide.
 */
class PlannerTests {

	private static final String TEST_KEY = "com.example.remoteplugin.test";

	private static final String URL1 = "https://pluginserver1.example.com/path/to/plugin.json";

	private static final String URL2 = "https://pluginserver2.example.com/path/to/plugin.json";

	@Test
	void sameKeyAndVersionWithAnotherManifestIsAnotherInstance() {
		Plan plan = Planner.plan(instancesExample());
		assertThat(plan.instances()).containsExactly(
				new Instance(TEST_KEY, "1.0.0", "1.0.0#1", URL1, List.of("vc1.example.com", "vc2.example.com")),
				new Instance(TEST_KEY, "1.0.0", "1.0.0#2", URL2, List.of("vc3.example.com")));
		assertThat(plan.rows()).extracting(Plan.Row::instance).containsExactly("1.0.0#1", "1.0.0#1", "1.0.0#2");
		assertThat(plan.warnings()).extracting(Warning::kind).containsExactly(Kind.SPLIT);
		assertThat(plan.warnings().get(0).message()).contains("differ only in host")
			.contains("pluginserver1.example.com and pluginserver2.example.com")
			.contains("register one URL on every vCenter");
	}

	@Test
	void sameKeyWithThreeVersionsIsMultiVersionWithoutSplitWarnings() {
		Plan plan = Planner.plan(List.of(
				Registration.of("vc1", "com.example.exampleco", "1.0.0",
						"https://server-version-1/path-to/plugin.json"),
				Registration.of("vc2", "com.example.exampleco", "2.0.1",
						"https://server-version-2/path-to/plugin.json"),
				Registration.of("vc3", "com.example.exampleco", "3.2.0",
						"https://server-version-3/path-to/plugin.json")));
		assertThat(plan.instances()).extracting(Instance::name).containsExactly("1.0.0#1", "2.0.1#1", "3.2.0#1");
		assertThat(plan.warnings()).isEmpty();
	}

	@Test
	void multiVersionWhenIdsCollideOrLackAVersionMarkerThenWarnedPerIdAndVersion() {
		Plan plan = Planner.plan(Registrations.read(Path.of("src/test/resources/plan/multi-version.yaml")));
		assertThat(plan.warnings()).extracting(Warning::kind)
			.containsExactly(Kind.ID_COLLISION, Kind.ID_NOT_NAMESPACED);
		assertThat(plan.warnings().get(0).message())
			.contains("faultIds com.example.exampleco.v2_0.BackupFault is declared by versions 2.0.1 (vc2.example.com) "
					+ "and 3.2.0 (vc3.example.com)");
		assertThat(plan.warnings().get(1).message()).contains("version 3.2.0 of com.example.exampleco")
			.contains("taskIds com.example.exampleco.backup")
			.contains("resourceKeys com.example.exampleco.backup.label")
			.doesNotContain("ExampleCo.v3.Backup")
			.contains("com.example.exampleco.v3_2.<name>");
	}

	@Test
	void sameIdInTwoVersionsCollidesWhateverItsMarker() {
		Plan plan = Planner.plan(List.of(withTask("vc1", "2.0.1", "https://a/plugin.json", "k.v2.backup"),
				withTask("vc2", "2.0.3", "https://b/plugin.json", "k.v2.backup")));
		assertThat(plan.warnings()).extracting(Warning::kind).containsExactly(Kind.ID_COLLISION);
		assertThat(plan.warnings().get(0).message()).contains("versions 2.0.1 (vc1) and 2.0.3 (vc2)");
	}

	@Test
	void oneManifestSpelledTwoWaysIsAnAccidentalSplit() {
		Plan plan = Planner.plan(List.of(Registration.of("vc1", TEST_KEY, "1.0.0", URL1),
				Registration.of("vc2", TEST_KEY, "1.0.0", "https://PluginServer1.example.com:443/path/to/plugin.json"),
				Registration.of("vc3", TEST_KEY, "1.0.0", "https://pluginserver1/path/to/plugin.json")));
		assertThat(plan.instances()).hasSize(3);
		assertThat(plan.warnings()).extracting(Warning::kind).containsExactly(Kind.SPELLING, Kind.SPELLING);
		assertThat(plan.warnings().get(0).message()).contains("one URL spelled two ways");
	}

	@Test
	void differentPathsAreSeparateInstancesWithoutWarning() {
		Plan plan = Planner.plan(List.of(Registration.of("vc1", TEST_KEY, "1.0.0", URL1),
				Registration.of("vc2", TEST_KEY, "1.0.0", "https://pluginserver1.example.com/tenant-b/plugin.json")));
		assertThat(plan.instances()).hasSize(2);
		assertThat(plan.warnings()).isEmpty();
	}

	@Test
	void changeThatMovesOneVcenterOfAnInstanceToAnotherUrlSplitsIt() {
		List<Registration> current = List.of(Registration.of("vc1", TEST_KEY, "1.0.0", URL1),
				Registration.of("vc2", TEST_KEY, "1.0.0", URL1));
		Plan plan = Planner.plan(current, List.of(Registration.of("vc2", TEST_KEY, "1.0.0",
				"https://pluginserver1.example.com:8443/path/to/plugin.json")));
		assertThat(plan.warnings()).extracting(Warning::kind).containsExactly(Kind.CHANGE_SPLITS);
		assertThat(plan.warnings().get(0).message()).contains("splits instance 1.0.0#1")
			.contains("vc2 -> https://pluginserver1.example.com:8443/path/to/plugin.json");
	}

	@Test
	void changeThatAlsoBumpsTheVersionIsMultiVersionNotASplit() {
		List<Registration> current = List.of(Registration.of("vc1", TEST_KEY, "1.0.0", URL1),
				Registration.of("vc2", TEST_KEY, "1.0.0", URL1));
		Plan plan = Planner.plan(current, List.of(Registration.of("vc2", TEST_KEY, "1.1.0", URL2)));
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.instances()).extracting(Instance::name).containsExactly("1.0.0#1", "1.1.0#1");
	}

	@Test
	void twoVersionsOnOneManifestAndAKeyTwiceOnOneVcenterAreWarned() {
		Plan plan = Planner.plan(List.of(Registration.of("vc1", TEST_KEY, "1.0.0", URL1),
				Registration.of("vc2", TEST_KEY, "2.0.0", URL1), Registration.of("vc2", TEST_KEY, "2.0.0", URL1)));
		assertThat(plan.warnings()).extracting(Warning::kind).containsExactly(Kind.DUPLICATE, Kind.SHARED_MANIFEST);
	}

	@Test
	void textShowsEachVcenterWithItsInstanceThenTheWarnings() {
		String text = PlanText.render(Planner.plan(instancesExample()));
		assertThat(text).startsWith(TEST_KEY + ": 1 version, 2 instances\n")
			.contains("  vc1.example.com  1.0.0    1.0.0#1   " + URL1)
			.contains("  vc3.example.com  1.0.0    1.0.0#2   " + URL2)
			.contains("instance 1.0.0#1: one plug-in server (pluginserver1.example.com) for vc1.example.com, "
					+ "vc2.example.com")
			.contains("instance selector")
			.contains("warning [split]")
			.endsWith("1 warning\n");
	}

	static List<Registration> instancesExample() {
		List<Registration> all = new ArrayList<>();
		for (String file : List.of("instances-vc1.json", "instances-vc2.json", "instances-vc3.yaml")) {
			all.addAll(Registrations.read(Path.of("src/test/resources/plan", file)));
		}
		return all;
	}

	private static Registration withTask(String vcenter, String version, String url, String task) {
		return new Registration(vcenter, "k", version, url, "", "", "", List.of(task), List.of(), List.of(), List.of(),
				List.of());
	}

}
