package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The {@code application.yml} that the image installs in {@code /etc/solution-agent}
 * binds to the agent's settings as its comments say.
 */
class ApplianceApplicationYmlTests {

	@Test
	void bindThenDescriptorAndCertificateAreTheImagesFiles() throws Exception {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
				new FileSystemResource("packer/files/application.yml"));
		StandardEnvironment environment = new StandardEnvironment();
		sources.forEach(environment.getPropertySources()::addFirst);
		AgentSettings settings = AgentSettings.of(TestSettings.bind(environment));
		assertThat(settings.inputs().descriptor()).isEqualTo(Path.of("/etc/solution-agent/extension.yaml"));
		assertThat(settings.inputs().certificate()).contains(Path.of("/etc/solution-agent/plugin-server.pem"));
		assertThat(environment.getProperty("agent.state-dir")).isEqualTo("/var/lib/solution-agent");
		assertThatNoException().as("every name is a setting").isThrownBy(() -> UnknownSettings.check(environment));
	}

}
