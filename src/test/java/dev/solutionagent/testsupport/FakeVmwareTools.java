package dev.solutionagent.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fake vmware-rpctool and vmtoolsd that serve a document for
 * {@code info-get guestinfo.ovfEnv}, take {@code info-set guestinfo.ovfEnv} as an
 * argument or, vmtoolsd only, from {@code --cmdfile FILE}, and record every call: its
 * arguments, environment and standard input, and for {@code --cmdfile} a copy of the file
 * with its mode and its folder's.
 */
public final class FakeVmwareTools {

	private static final String RECORD = """
			call=$(mktemp -d '%1$s/calls/'"$(date +%%s%%N)"'-%2$s.XXXXXX')
			printf '%%s\\0' "$@" > "$call/argv"
			env -0 > "$call/env"
			cat > "$call/stdin"
			status=$(cat '%1$s/info-set.exit' 2>/dev/null || echo 0)
			""";

	private static final String CMDFILE = """
			case "$1" in
			  --cmd) shift ;;
			  --cmdfile)
			    cp "$2" "$call/cmdfile"
			    stat -c %%a "$2" > "$call/cmdfile.mode"
			    stat -c %%a "$(dirname "$2")" > "$call/folder.mode"
			    [ "$(head -c 26 "$2")" = 'info-set guestinfo.ovfEnv ' ] || exit 64
			    tail -c +27 "$2" > '%1$s/info-set.xml'
			    exit "$status" ;;
			esac
			""";

	private static final String ANSWER = """
			case "$1" in
			  'info-get guestinfo.ovfEnv')
			    [ -f '%2$s' ] || { echo 'No value found'; exit 1; }
			    cat '%2$s' ;;
			  'info-set guestinfo.ovfEnv '*)
			    printf '%%s' "${1#info-set guestinfo.ovfEnv }" > '%1$s/info-set.xml'
			    exit "$status" ;;
			  *) exit 64 ;;
			esac
			""";

	private final Path dir;

	private FakeVmwareTools(Path dir) {
		this.dir = dir;
	}

	/**
	 * Write the two programs.
	 * @param dir a folder of their own
	 * @param served the document info-get prints; when it does not exist, the variable is
	 * unset
	 * @return the fake
	 */
	public static FakeVmwareTools install(Path dir, Path served) {
		try {
			Files.createDirectories(dir.resolve("calls"));
			script(dir, "vmware-rpctool", RECORD.formatted(dir, "vmware-rpctool") + ANSWER.formatted(dir, served));
			script(dir, "vmtoolsd",
					RECORD.formatted(dir, "vmtoolsd") + CMDFILE.formatted(dir) + ANSWER.formatted(dir, served));
			return new FakeVmwareTools(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Write an executable shell script.
	 * @param dir the folder
	 * @param name the file name
	 * @param body the script after its {@code #!/bin/sh} line
	 * @return the script
	 */
	public static Path script(Path dir, String name, String body) {
		try {
			Path file = dir.resolve(name);
			Files.writeString(file, "#!/bin/sh\n" + body + "\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path rpctool() {
		return this.dir.resolve("vmware-rpctool");
	}

	public Path vmtoolsd() {
		return this.dir.resolve("vmtoolsd");
	}

	/**
	 * Have info-set exit with a status from now on.
	 * @param status the exit status
	 */
	public void failInfoSet(int status) throws IOException {
		Files.writeString(this.dir.resolve("info-set.exit"), String.valueOf(status));
	}

	/**
	 * The document the last info-set received.
	 * @return the document, if any info-set arrived
	 */
	public Optional<String> written() throws IOException {
		Path file = this.dir.resolve("info-set.xml");
		return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
	}

	/**
	 * Every call, in order.
	 * @return the calls
	 */
	public List<Call> calls() throws IOException {
		try (Stream<Path> calls = Files.list(this.dir.resolve("calls"))) {
			return calls.sorted().map(Call::read).toList();
		}
	}

	/**
	 * One call of a program as it recorded it.
	 *
	 * @param program {@code vmware-rpctool} or {@code vmtoolsd}
	 * @param argv the arguments
	 * @param environment the environment variables
	 * @param stdin what arrived on standard input
	 * @param cmdfile a copy of the {@code --cmdfile} file
	 * @param cmdfileMode the octal mode of that file
	 * @param folderMode the octal mode of its folder
	 */
	public record Call(String program, List<String> argv, Map<String, String> environment, String stdin,
			Optional<String> cmdfile, Optional<String> cmdfileMode, Optional<String> folderMode) {

		static Call read(Path call) {
			String name = call.getFileName().toString();
			Map<String, String> environment = new LinkedHashMap<>();
			for (String variable : nulSeparated(text(call.resolve("env")).orElse(""))) {
				environment.put(variable.substring(0, variable.indexOf('=')),
						variable.substring(variable.indexOf('=') + 1));
			}
			return new Call(name.substring(name.indexOf('-') + 1, name.lastIndexOf('.')),
					nulSeparated(text(call.resolve("argv")).orElse("")), environment,
					text(call.resolve("stdin")).orElse(""), text(call.resolve("cmdfile")),
					text(call.resolve("cmdfile.mode")).map(String::strip),
					text(call.resolve("folder.mode")).map(String::strip));
		}

		/**
		 * What other processes can see of the call ({@code /proc/PID/cmdline} and
		 * {@code environ}) or the program could pass on: its arguments, environment and
		 * standard input. The command file is not among them: only its owner can read it.
		 * @return one text to search for secrets
		 */
		public String exposed() {
			return String.join("\n", this.argv) + "\n" + this.environment + "\n" + this.stdin;
		}

		private static List<String> nulSeparated(String text) {
			List<String> parts = Arrays.asList(text.split("\0", -1));
			return parts.subList(0, parts.size() - 1);
		}

		private static Optional<String> text(Path file) {
			try {
				return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
						: Optional.empty();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
