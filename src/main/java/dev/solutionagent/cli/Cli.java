package dev.solutionagent.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.delivery.HttpSettings;
import dev.solutionagent.delivery.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * Parses the command line, binds the settings once, runs one command and returns its exit
 * code: the single exit-code funnel of the agent.
 */
public final class Cli {

	/**
	 * Where configuration files are read: only the appliance's folder, never the working
	 * folder (a stray ./application.yml would change a run without a word).
	 */
	static final String CONFIG_LOCATION = "optional:file:/etc/solution-agent/";

	private static final Logger logger = LoggerFactory.getLogger(Cli.class);

	// Spring's own failure report would repeat, at length, the one line the funnel
	// prints.
	private static final Map<String, Object> DEFAULTS = Map.of("spring.config.location", CONFIG_LOCATION,
			"logging.level.root", "WARN", "logging.level.dev.solutionagent", "INFO",
			"logging.level.org.springframework.boot.SpringApplication", "OFF",
			"logging.level.org.springframework.boot.diagnostics", "OFF", "logging.level.org.springframework.context",
			"ERROR");

	private final AgentRuntime runtime;

	private final PrintStream out;

	private final PrintStream err;

	private final List<Command> commands;

	public Cli(Clock clock, PrintStream out, PrintStream err) {
		this(new AgentRuntime(clock, Sleeper.SYSTEM, new Random()), out, err);
	}

	public Cli(AgentRuntime runtime, PrintStream out, PrintStream err) {
		this(runtime, out, err, commands());
	}

	/**
	 * The agent's commands, in the order the overview lists them.
	 * @return the commands; groups hold their subcommands
	 */
	static List<Command> commands() {
		return List.of(new RegisterCommand(), new DemoCommand(), new ValidateCommand(), new ShowEnvCommand(),
				new ThumbprintCommand(), new SimulateCommand(), new PrepareOvfCommand(), new ExtensionCommand(),
				new PlanCommand());
	}

	/**
	 * A command line of given commands, for tests that connect their own collaborators (a
	 * property scrubber, a prompt).
	 * @param runtime time and chance
	 * @param out standard output
	 * @param err standard error
	 * @param commands the commands
	 */
	Cli(AgentRuntime runtime, PrintStream out, PrintStream err, List<Command> commands) {
		this.runtime = runtime;
		this.out = out;
		this.err = err;
		this.commands = List.copyOf(commands);
	}

	/**
	 * Run one command line.
	 * @param args the arguments
	 * @return the exit code
	 */
	public int run(String... args) {
		if (args.length == 0) {
			this.err.print(HelpText.overview(this.commands));
			return ExitStatus.USAGE.code();
		}
		if (args[0].equals("--version")) {
			this.out.println("solution-agent " + HttpSettings.version());
			return ExitStatus.OK.code();
		}
		if (List.of("help", "--help", "-h").contains(args[0])) {
			this.out.print(HelpText.overview(this.commands));
			return ExitStatus.OK.code();
		}
		Optional<Command> command = this.commands.stream().filter((c) -> c.name().equals(args[0])).findFirst();
		if (command.isEmpty()) {
			this.err.println("solution-agent: '%s' is not a command; run 'solution-agent --help'".formatted(args[0]));
			return ExitStatus.USAGE.code();
		}
		int used = 1;
		if (!command.get().subcommands().isEmpty()) {
			Command group = command.get();
			if (args.length == 1 || List.of("help", "--help", "-h").contains(args[1])) {
				(args.length == 1 ? this.err : this.out).print(HelpText.group(group));
				return ((args.length == 1) ? ExitStatus.USAGE : ExitStatus.OK).code();
			}
			command = group.subcommands()
				.stream()
				.filter((c) -> c.name().equals(group.name() + " " + args[1]))
				.findFirst();
			if (command.isEmpty()) {
				this.err.println("solution-agent: '%s %s' is not a command; run 'solution-agent %s --help'"
					.formatted(group.name(), args[1], group.name()));
				return ExitStatus.USAGE.code();
			}
			used = 2;
		}
		Arguments arguments;
		try {
			arguments = Arguments.parse(command.get().name(), Arrays.asList(args).subList(used, args.length),
					command.get().options());
		}
		catch (UsageException ex) {
			return ExitCodes.report(ex, this.err, false).code();
		}
		if (arguments.help()) {
			this.out.print(HelpText.of(command.get()));
			return ExitStatus.OK.code();
		}
		return execute(command.get(), arguments).code();
	}

	private ExitStatus execute(Command command, Arguments arguments) {
		try (ConfigurableApplicationContext context = start(arguments.properties())) {
			SettingOrigin.files(context.getEnvironment()).forEach((file) -> logger.info("Settings read from {}", file));
			UnknownSettings.check(context.getEnvironment());
			AgentSettings settings = AgentSettings
				.of(Values.bind(Binder.get(context.getEnvironment()), AgentSettings.ALL));
			return command.run(new CommandContext(settings, this.runtime, this.out, this.err));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Spring AOT's build-time run (process-aot) stops the application here on
			// purpose; the processor needs the exception, not an exit code.
			throw ex;
		}
		catch (Exception ex) {
			return ExitCodes.report(ex, this.err, arguments.stacktrace());
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> options) {
		StandardEnvironment environment = new StandardEnvironment();
		// Options outrank environment variables and files, as on any command line.
		environment.getPropertySources()
			.addFirst(new OriginTrackedMapPropertySource(SettingOrigin.OPTIONS_SOURCE, options, true));
		SpringApplication application = new SpringApplication(SolutionAgentApplication.class);
		application.setEnvironment(environment);
		application.setAddCommandLineProperties(false);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setRegisterShutdownHook(false);
		application.setDefaultProperties(DEFAULTS);
		return application.run();
	}

}
