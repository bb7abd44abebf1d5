package dev.solutionagent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README stays short and the pages under docs/ hold the rest: every relative link in them
 * reaches a file, and every {@code #anchor} a heading, as GitHub names headings.
 */
class DocumentationLinksTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

	@Test
	void everyRelativeLinkReachesAFileAndEveryAnchorAHeading() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path page : pages()) {
			for (String target : links(page)) {
				if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
					continue; // https:, mailto: and the like are not checked here
				}
				int hash = target.indexOf('#');
				String file = (hash < 0) ? target : target.substring(0, hash);
				Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
				String where = ROOT.relativize(page) + ": (" + target + ")";
				if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
					broken.add(where + " names no file of the repository");
				}
				else if (hash >= 0 && resolved.toString().endsWith(".md")
						&& !anchors(resolved).contains(target.substring(hash + 1))) {
					broken.add(where + " names no heading of " + ROOT.relativize(resolved));
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void anchorWhenHeadingHasNumbersCodeAndPunctuationThenFollowsGitHub() {
		assertThat(anchor("5. Deploy and first boot")).isEqualTo("5-deploy-and-first-boot");
		assertThat(anchor("Options of `register`")).isEqualTo("options-of-register");
		assertThat(anchor("Rules checked (all at once, each with its place in the file)"))
			.isEqualTo("rules-checked-all-at-once-each-with-its-place-in-the-file");
		assertThat(anchor("The appliance: build it, deploy it")).isEqualTo("the-appliance-build-it-deploy-it");
		assertThat(anchor("state_dir and first-boot")).isEqualTo("state_dir-and-first-boot");
	}

	@Test
	void readmeIsShortAndLinksEveryPageUnderDocs() throws IOException {
		Path readme = ROOT.resolve("README.md");
		assertThat(Files.size(readme)).as("README.md in bytes").isLessThanOrEqualTo(12_000);
		List<String> links = links(readme);
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md"))
				.map((path) -> "docs/" + path.getFileName())
				.forEach((page) -> assertThat(links).as("README's links").contains(page));
		}
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

	// Links outside fenced code blocks and code spans.
	private static List<String> links(Path page) throws IOException {
		List<String> links = new ArrayList<>();
		for (String line : prose(page)) {
			Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
			while (link.find()) {
				links.add(link.group(1));
			}
		}
		return links;
	}

	// GitHub's anchors: a repeated heading gets -1, -2, ... appended.
	private static Set<String> anchors(Path page) throws IOException {
		Set<String> anchors = new TreeSet<>();
		Map<String, Integer> seen = new HashMap<>();
		for (String line : prose(page)) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String anchor = anchor(heading.group(1));
				int count = seen.merge(anchor, 1, Integer::sum);
				anchors.add((count == 1) ? anchor : anchor + "-" + (count - 1));
			}
		}
		return anchors;
	}

	// Lower case, punctuation but '-' and '_' dropped, spaces as dashes.
	static String anchor(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
	}

	private static List<String> prose(Path page) throws IOException {
		List<String> lines = new ArrayList<>();
		boolean fenced = false;
		for (String line : Files.readAllLines(page)) {
			if (line.stripLeading().startsWith("```")) {
				fenced = !fenced;
			}
			else if (!fenced) {
				lines.add(line);
			}
		}
		return lines;
	}

}
