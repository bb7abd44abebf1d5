package dev.solutionagent.cli;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring Boot entry point. Spring only binds configuration; the commands are plain
 * Java.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgentProperties.class)
public class SolutionAgentApplication {

	public static void main(String[] args) {
		System.exit(new Cli(AgentRuntime.system(), System.out, System.err).run(args));
	}

}
