package dev.solutionagent.vim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CredentialsTests {

	@TempDir
	Path dir;

	@Test
	void fromFileWhenMode0600ThenUserAndPasswordWithCommentsAndBlanksIgnored() throws IOException {
		Path file = write("rw-------", "# vCenter\n\nusername = administrator@vsphere.local\npassword=p@ss=word \n");
		Credentials credentials = Credentials.fromFile(file);
		assertThat(credentials.username()).isEqualTo("administrator@vsphere.local");
		assertThat(credentials.password().reveal()).isEqualTo("p@ss=word");
		assertThat(credentials.toString()).doesNotContain("p@ss");
	}

	@Test
	void fromFileWhenMode0400ThenAccepted() throws IOException {
		assertThat(Credentials.fromFile(write("r--------", "username=u\npassword=p\n")).username()).isEqualTo("u");
	}

	@Test
	void fromFileWhenReadableByOthersThenRefusedNamingTheFileModeAndChmod() throws IOException {
		Path file = write("rw-r--r--", "username=u\npassword=secret\n");
		assertThatExceptionOfType(Credentials.CredentialsFileException.class)
			.isThrownBy(() -> Credentials.fromFile(file))
			.withMessageContaining(file.toString())
			.withMessageContaining("mode 0644")
			.withMessageContaining("chmod 600 " + file)
			.withMessageNotContaining("secret");
	}

	@Test
	void fromFileWhenLineIsNotAKeyThenRefusedWithoutQuotingIt() throws IOException {
		Path file = write("rw-------", "username=u\nhunter2\n");
		assertThatExceptionOfType(Credentials.CredentialsFileException.class)
			.isThrownBy(() -> Credentials.fromFile(file))
			.withMessageContaining("line 2")
			.withMessageNotContaining("hunter2");
	}

	@Test
	void fromFileWhenPasswordMissingOrFileAbsentThenRefused() throws IOException {
		assertThatExceptionOfType(Credentials.CredentialsFileException.class)
			.isThrownBy(() -> Credentials.fromFile(write("rw-------", "username=u\n")))
			.withMessageContaining("has no password=");
		assertThatExceptionOfType(Credentials.CredentialsFileException.class)
			.isThrownBy(() -> Credentials.fromFile(this.dir.resolve("absent")))
			.withMessageContaining("does not exist");
	}

	private Path write(String mode, String content) throws IOException {
		Path file = this.dir.resolve("vcenter.cred");
		Files.deleteIfExists(file);
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
		return file;
	}

}
