package dev.solutionagent.ovf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DescriptorCheck}, with the example descriptor and templates.
 */
class DescriptorCheckTests {

	private static final Descriptor EXAMPLE = Descriptor.load(Path.of("examples/extension.yaml"));

	@Test
	void checkWhenTemplateDeclaresTheVendorPropertyThenNoProblem() {
		assertThat(DescriptorCheck.check(EXAMPLE,
				keys(ProductSectionTemplate.load(Path.of("examples/product-section.xml")))))
			.isEmpty();
	}

	@Test
	void checkWhenTemplateLacksTheVendorPropertyThenErrorNamesItAndItsPath() {
		List<Problem> problems = DescriptorCheck.check(EXAMPLE, keys(ProductSectionTemplate.bundled()));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo("$.server[0].adminEmail");
			assertThat(problem.message()).contains("example.adminEmail").contains("ProductSection");
		});
	}

	@Test
	void checkWhenDescriptorUsesTheTokenThenError(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("extension.yaml");
		Files.writeString(file, Files.readString(Path.of("examples/extension.yaml"))
			.replace("${ovf.example.adminEmail}", "${ovf.solutionInstall.token}"));
		List<Problem> problems = DescriptorCheck.check(Descriptor.load(file), keys(ProductSectionTemplate.bundled()));
		assertThat(problems).singleElement()
			.extracting(Problem::message)
			.asString()
			.contains("solutionInstall.token is a secret");
	}

	private static List<String> keys(ProductSectionTemplate template) {
		return ProductSectionTemplate
			.declaredKeys(template.render(ProductSectionTemplateTests.VALUES).getDocumentElement());
	}

}
