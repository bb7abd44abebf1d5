package dev.solutionagent.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every setting the option groups declare is a real property: its name is canonical and
 * unique, and a value given in each way a user can give it (the option, the
 * {@code --agent.NAME} form, the environment variable) arrives bound to it.
 */
class SettingGroupsTests {

	static List<Setting<?>> settings() {
		return AgentSettings.ALL;
	}

	@Test
	void allWhenDeclaredThenEveryPropertyOnceAndCanonical() {
		Set<String> seen = new HashSet<>();
		for (Setting<?> setting : AgentSettings.ALL) {
			assertThat(seen.add(setting.property())).as(setting.property()).isTrue();
			assertThat(ConfigurationPropertyName.isValid(setting.property())).as(setting.property()).isTrue();
			assertThat(setting.property()).startsWith("agent.").isEqualTo(setting.property().toLowerCase());
		}
	}

	@Test
	void optionsWhenAnyCommandThenEachOptionOnceAndAlwaysADeclaredSetting() {
		Set<String> properties = new HashSet<>(AgentSettings.ALL.stream().map(Setting::property).toList());
		for (Command command : Cli.commands()) {
			for (Command each : command.subcommands().isEmpty() ? List.of(command) : command.subcommands()) {
				Set<String> names = new HashSet<>();
				for (Setting<?> option : each.options()) {
					assertThat(names.add(option.name())).as("%s %s", each.name(), option.name()).isTrue();
					assertThat(properties).as("%s %s", each.name(), option.name()).contains(option.property());
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("settings")
	void bindWhenGivenAsAgentOptionThenBoundToTheSetting(Setting<?> setting) {
		if (setting == VcenterOptions.PASSWORD) {
			// Never on a command line, where ps and /proc show it.
			assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Arguments.parse("test",
					List.of("--" + setting.property() + "=" + sample(setting)), List.of()));
			return;
		}
		Arguments arguments = Arguments.parse("test", List.of("--" + setting.property() + "=" + sample(setting)),
				List.of());
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(options(arguments));
		assertThat(bound(environment, setting)).as(setting.property()).isEqualTo(expected(setting));
	}

	@ParameterizedTest
	@MethodSource("settings")
	void bindWhenGivenAsEnvironmentVariableThenBoundToTheSetting(Setting<?> setting) {
		StandardEnvironment environment = new StandardEnvironment();
		// Spring Boot maps names to variables only for the source of this name.
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of(setting.environmentVariable(), sample(setting))));
		assertThat(bound(environment, setting)).as(setting.environmentVariable()).isEqualTo(expected(setting));
	}

	@ParameterizedTest
	@MethodSource("settings")
	void bindWhenGivenAsItsOptionThenBoundToTheSetting(Setting<?> setting) {
		if (!setting.hasOption()) {
			return;
		}
		List<String> args = setting.takesValue() ? List.of(setting.name(), sample(setting)) : List.of(setting.name());
		Arguments arguments = Arguments.parse("test", args, List.of(setting));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(options(arguments));
		assertThat(bound(environment, setting)).as(setting.name()).isEqualTo(expected(setting));
	}

	// As the command line gives them: each value tracked to its option.
	private static OriginTrackedMapPropertySource options(Arguments arguments) {
		return new OriginTrackedMapPropertySource(SettingOrigin.OPTIONS_SOURCE, arguments.properties(), true);
	}

	private static Object bound(StandardEnvironment environment, Setting<?> setting) {
		return TestSettings.bind(environment).find(setting).orElse(null);
	}

	// A value of the setting's type that differs from every default.
	private static String sample(Setting<?> setting) {
		Class<?> type = setting.type().getType().resolve();
		if (type == List.class) {
			Class<?> element = setting.type().getType().getGeneric(0).resolve();
			return (element == Path.class) ? "/sample/a,/sample/b" : "a=1,b=2";
		}
		Map<Class<?>, String> samples = new LinkedHashMap<>();
		samples.put(Path.class, "/sample/file");
		samples.put(Duration.class, "7s");
		samples.put(Integer.class, "7");
		samples.put(Double.class, "0.5");
		samples.put(Boolean.class, "true");
		samples.put(String.class, "sample");
		samples.put(Instant.class, "2026-11-23T10:00:00Z");
		assertThat(samples).as("a sample for %s", type).containsKey(type);
		return samples.get(type);
	}

	private static Object expected(Setting<?> setting) {
		Class<?> type = setting.type().getType().resolve();
		if (type == List.class) {
			Class<?> element = setting.type().getType().getGeneric(0).resolve();
			return (element == Path.class) ? List.of(Path.of("/sample/a"), Path.of("/sample/b"))
					: List.of("a=1", "b=2");
		}
		Map<Class<?>, Object> values = Map.of(Path.class, Path.of("/sample/file"), Duration.class,
				Duration.ofSeconds(7), Integer.class, 7, Double.class, 0.5, Boolean.class, true, String.class, "sample",
				Instant.class, Instant.parse("2026-11-23T10:00:00Z"));
		return values.get(type);
	}

}
