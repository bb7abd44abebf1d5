package dev.solutionagent.logging;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class JournalStreamTests {

	@TempDir
	Path folder;

	@Test
	void matchesWhenDeviceAndInodeOfTheFileThenTrue() throws IOException {
		Path file = Files.createFile(this.folder.resolve("stderr"));
		assertThat(JournalStream.matches(identity(file), file)).isTrue();
	}

	@Test
	void matchesWhenAnotherFileThenFalse() throws IOException {
		Path file = Files.createFile(this.folder.resolve("stderr"));
		Path other = Files.createFile(this.folder.resolve("inherited"));
		// A child that inherited JOURNAL_STREAM but writes elsewhere keeps plain lines.
		assertThat(JournalStream.matches(identity(other), file)).isFalse();
	}

	@Test
	void matchesWhenUnsetOrMalformedThenFalse() throws IOException {
		Path file = Files.createFile(this.folder.resolve("stderr"));
		String inode = Files.getAttribute(file, "unix:ino").toString();
		assertThat(JournalStream.matches(null, file)).isFalse();
		for (String value : new String[] { "", ":", ":" + inode, "x:" + inode, "1:", "1:2:3", "-1:" + inode,
				"99999999999999999999:" + inode }) {
			assertThat(JournalStream.matches(value, file)).as(value).isFalse();
		}
	}

	@Test
	void matchesWhenFileIsGoneThenFalse() {
		assertThat(JournalStream.matches("1:2", this.folder.resolve("missing"))).isFalse();
	}

	@Test
	void matchesWhenDescriptorIsASocketThenStatThroughProcGivesTheSocketsInode() throws IOException {
		// journald's stream is a socket: /proc/self/fd/N links to "socket:[INODE]", a
		// name that is no path, yet stat(2) through the link reaches the socket itself.
		Path descriptors = Path.of("/proc/self/fd");
		assumeThat(Files.isDirectory(descriptors)).as("/proc/self/fd (Linux)").isTrue();
		Set<Path> before = sockets(descriptors);
		try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			socket.bind(UnixDomainSocketAddress.of(this.folder.resolve("journal.sock")));
			Set<Path> opened = sockets(descriptors);
			opened.removeAll(before);
			assertThat(opened).hasSize(1);
			Path descriptor = opened.iterator().next();
			String link = Files.readSymbolicLink(descriptor).toString();
			assertThat(Files.getAttribute(descriptor, "unix:ino").toString())
				.isEqualTo(link.substring("socket:[".length(), link.length() - 1));
			assertThat(JournalStream.matches(identity(descriptor), descriptor)).isTrue();
		}
	}

	private static String identity(Path file) throws IOException {
		return Long.toUnsignedString((long) Files.getAttribute(file, "unix:dev")) + ":"
				+ Files.getAttribute(file, "unix:ino");
	}

	private static Set<Path> sockets(Path descriptors) throws IOException {
		Set<Path> sockets = new HashSet<>();
		try (Stream<Path> entries = Files.list(descriptors)) {
			for (Path entry : entries.toList()) {
				try {
					if (Files.readSymbolicLink(entry).toString().startsWith("socket:[")) {
						sockets.add(entry);
					}
				}
				catch (IOException ex) {
					// The descriptor of the listing itself is gone by now.
				}
			}
		}
		return sockets;
	}

}
