package dev.solutionagent.cli;

import org.springframework.boot.SpringBootConfiguration;

/**
 * The Spring Boot entry point. Spring only reads configuration (options, environment
 * variables, application.yml) and logging; the option groups bind it, and the commands
 * are plain Java.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
public class SolutionAgentApplication {

	public static void main(String[] args) {
		System.exit(new Cli(AgentRuntime.system(), System.out, System.err).run(args));
	}

}
