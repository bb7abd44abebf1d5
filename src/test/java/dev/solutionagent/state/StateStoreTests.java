package dev.solutionagent.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StateStoreTests {

	@TempDir
	Path dir;

	private final RegistrationRecord record = new RegistrationRecord(Instant.parse("2026-11-23T10:05:00Z"),
			"registered", 0, "registered: vc answered 200", "vc.example.com", "AB:CD", "per-guid",
			List.of(new RegistrationRecord.ExtensionEntry("com.example.p", "1.0.0.0", "guid-1")), 200, 2);

	@Test
	void writeResultWhenNewFolderThenOwnerOnlyFolderAndFileWithTheRecord() throws IOException {
		StateStore store = new StateStore(this.dir.resolve("state"));
		store.writeResult(this.record);
		Path result = this.dir.resolve("state/result.json");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(result))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dir.resolve("state"))))
			.isEqualTo("rwx------");
		JsonNode json = JsonMapper.shared().readTree(result.toFile());
		assertThat(json.get("time").stringValue()).isEqualTo("2026-11-23T10:05:00Z");
		assertThat(json.get("outcome").stringValue()).isEqualTo("registered");
		assertThat(json.get("extensions").get(0).get("vcenterGuid").stringValue()).isEqualTo("guid-1");
		assertThat(json.get("attempts").intValue()).isEqualTo(2);
		assertThat(store.isDone()).isFalse();
		try (var files = Files.list(this.dir.resolve("state"))) {
			assertThat(files).extracting((file) -> file.getFileName().toString()).containsExactly("result.json");
		}
	}

	@Test
	void markDoneWhenCalledThenDoneAndAnOlderResultIsReplacedWhole() throws IOException {
		StateStore store = new StateStore(this.dir);
		Files.writeString(this.dir.resolve("result.json"),
				"{\"outcome\": \"window_closed\", \"padding\": \"" + "x".repeat(5000) + "\"}");
		store.writeResult(this.record);
		store.markDone(this.record);
		assertThat(store.isDone()).isTrue();
		assertThat(Files.readString(this.dir.resolve("done"))).isEqualTo("registered at 2026-11-23T10:05:00Z\n");
		assertThat(Files.readString(this.dir.resolve("result.json"))).doesNotContain("padding").contains("registered");
	}

	@Test
	void writeResultWhenFolderIsAFileThenNamesItAndTheSetting() throws IOException {
		Path file = Files.writeString(this.dir.resolve("not-a-folder"), "");
		assertThatExceptionOfType(StateStore.StateException.class)
			.isThrownBy(() -> new StateStore(file).writeResult(this.record))
			.withMessageContaining("not-a-folder")
			.withMessageContaining("--state-dir");
	}

}
