package bench.reference;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A plain Spring Boot command-line app, as the starter guides write one: full
 * auto-configuration, default JVM flags, one runner that prints hello.
 */
@SpringBootApplication
public class HelloApplication implements CommandLineRunner {

	public static void main(String[] args) {
		new SpringApplicationBuilder(HelloApplication.class).web(WebApplicationType.NONE).run(args);
	}

	@Override
	public void run(String... args) {
		System.out.println("hello");
	}

}
