package dev.solutionagent.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StateStoreTests {

	@TempDir
	Path dir;

	private final RegistrationRecord record = new RegistrationRecord(Instant.parse("2026-11-23T10:05:00Z"),
			"registered", 0, "registered: vc answered 200", "vc.example.com", "AB:CD", "per-guid",
			List.of(new RegistrationRecord.ExtensionEntry("com.example.p", "1.0.0.0", "guid-1")), 200, 2,
			RegistrationRecord.tokenIdOf("token-a"));

	@Test
	void recordWhenNewFolderThenOwnerOnlyFolderAndFileWithTheRecord() throws IOException {
		StateStore store = new StateStore(this.dir.resolve("state"));
		store.record(this.record);
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
			assertThat(files).extracting((file) -> file.getFileName().toString())
				.containsExactlyInAnyOrder("result.json", "history.jsonl");
		}
	}

	@Test
	void markDoneWhenCalledThenDoneAndAnOlderResultIsReplacedWhole() throws IOException {
		StateStore store = new StateStore(this.dir);
		Files.writeString(this.dir.resolve("result.json"),
				"{\"outcome\": \"window_closed\", \"padding\": \"" + "x".repeat(5000) + "\"}");
		store.record(this.record);
		store.markDone(this.record);
		assertThat(store.isDone()).isTrue();
		assertThat(Files.readString(this.dir.resolve("done"))).isEqualTo("registered at 2026-11-23T10:05:00Z\n");
		assertThat(Files.readString(this.dir.resolve("result.json"))).doesNotContain("padding").contains("registered");
	}

	@Test
	void recordWhenFolderIsAFileThenNamesItAndTheSetting() throws IOException {
		Path file = Files.writeString(this.dir.resolve("not-a-folder"), "");
		assertThatExceptionOfType(StateStore.StateException.class)
			.isThrownBy(() -> new StateStore(file).record(this.record))
			.withMessageContaining("not-a-folder")
			.withMessageContaining("--state-dir");
	}

	@Test
	void recordWhenAResultIsRegisteredThenALaterFailureGoesToTheHistoryOnly() throws IOException {
		StateStore store = new StateStore(this.dir);
		store.record(this.record);
		RegistrationRecord refused = failure("token_refused", 4);
		store.record(refused);
		assertThat(store.readResult()).contains(this.record);
		assertThat(store.latest()).contains(refused);
		assertThat(Files.readAllLines(this.dir.resolve("history.jsonl"))).hasSize(2);
		RegistrationRecord again = new RegistrationRecord(Instant.parse("2026-11-24T10:05:00Z"), "registered", 0,
				"again", "vc.example.com", "AB:CD", "list", List.of(), 200, 1, RegistrationRecord.tokenIdOf("token-b"));
		store.record(again);
		assertThat(store.readResult()).contains(again);
	}

	@Test
	void latestWhenTheLastHistoryLineIsCutShortThenTheOneBeforeCounts() throws IOException {
		StateStore store = new StateStore(this.dir);
		store.record(this.record);
		Files.writeString(this.dir.resolve("history.jsonl"), "{\"time\": \"2026-", StandardOpenOption.APPEND);
		assertThat(store.latest()).contains(this.record);
	}

	@Test
	void latestWhenOnlyAnOlderVersionsResultExistsThenThatIsTheLatest() throws IOException {
		Files.writeString(this.dir.resolve("result.json"), """
				{"time": "2026-11-23T10:05:00Z", "outcome": "sending", "exitCode": 7, "message": "m",
				 "endpointHost": "vc", "pin": "AB", "payloadShape": "list", "extensions": [], "httpStatus": 0,
				 "attempts": 0}""");
		assertThat(new StateStore(this.dir).latest()).hasValueSatisfying((latest) -> {
			assertThat(latest.mayHaveSpentToken()).isTrue();
			assertThat(latest.tokenId()).isEmpty();
		});
	}

	@Test
	void lockWhenAnotherRunHoldsTheFolderThenWaitsForIt() throws Exception {
		StateStore store = new StateStore(this.dir);
		CountDownLatch second = new CountDownLatch(1);
		try (StateStore.Lock first = store.lock()) {
			Thread waiter = new Thread(() -> {
				try (StateStore.Lock lock = store.lock()) {
					second.countDown();
				}
			});
			waiter.start();
			// Parked on the lock, not merely not yet started.
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
				while (waiter.getState() != Thread.State.WAITING) {
					// Polls for the event; the pause only keeps the poll off the other
					// core.
					LockSupport.parkNanos(1_000_000);
				}
			});
			assertThat(second.getCount()).isOne();
		}
		assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dir.resolve("lock"))))
			.isEqualTo("rw-------");
	}

	@Test
	void tokenIdWhenSameTokenThenSameIdAndNeverTheToken() {
		String token = "dGVzdC10b2tlbi1uZXZlci1sb2dnZWQ=";
		assertThat(RegistrationRecord.tokenIdOf(token)).isEqualTo(RegistrationRecord.tokenIdOf(token))
			.hasSize(16)
			.doesNotContain(token)
			.isNotEqualTo(RegistrationRecord.tokenIdOf(token + "x"));
		assertThat(this.record.registeredWithToken(RegistrationRecord.tokenIdOf("token-a"))).isTrue();
		assertThat(this.record.registeredWithToken(RegistrationRecord.tokenIdOf("token-b"))).isFalse();
	}

	private RegistrationRecord failure(String outcome, int exitCode) {
		return new RegistrationRecord(Instant.parse("2026-11-23T11:00:00Z"), outcome, exitCode, "refused",
				"vc.example.com", "AB:CD", "per-guid", List.of(), 401, 1, RegistrationRecord.tokenIdOf("token-a"));
	}

}
