package dev.solutionagent.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of every {@code agent.*} setting, read from {@link AgentProperties} and its
 * groups the way Spring binds them (a getter per property, kebab-case names), so the list
 * cannot drift from what is bound.
 */
final class SettingNames {

	private static final List<String> NAMES = List.copyOf(collect("agent", AgentProperties.class));

	private SettingNames() {
	}

	/**
	 * Every setting, such as {@code agent.retry.initial-delay}.
	 * @return the names, sorted by group as the classes declare them
	 */
	static List<String> all() {
		return NAMES;
	}

	/**
	 * A name in the form that compares across spellings: lower case, without dashes and
	 * underscores (environment variables lose the dashes).
	 * @param name a property name
	 * @return the comparable form
	 */
	static String uniform(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

	/**
	 * A setting's default, as help shows it.
	 * @param property such as {@code agent.retry.initial-delay}
	 * @return such as {@code 1s}; empty when the setting has no default
	 */
	static Optional<String> defaultOf(String property) {
		Object value = new AgentProperties();
		String[] names = property.split("\\.");
		for (int i = 1; i < names.length && value != null; i++) {
			value = read(value, names[i]);
		}
		if (value == null || (value instanceof List<?> list && list.isEmpty())) {
			return Optional.empty();
		}
		if (value instanceof List<?> list) {
			return Optional.of(String.join(",", list.stream().map(String::valueOf).toList()));
		}
		return Optional.of((value instanceof Duration duration) ? format(duration) : value.toString());
	}

	private static Object read(Object bean, String property) {
		for (Method method : bean.getClass().getMethods()) {
			if (property.equals(property(method))) {
				try {
					return method.invoke(bean);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("cannot read " + property + " of " + bean.getClass(), ex);
				}
			}
		}
		return null;
	}

	// As a user would write it: 30s, 1m, 500ms.
	private static String format(Duration duration) {
		if (duration.toMillis() % 1000 != 0) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.toSeconds();
		if (seconds != 0 && seconds % 3600 == 0) {
			return seconds / 3600 + "h";
		}
		return (seconds != 0 && seconds % 60 == 0) ? seconds / 60 + "m" : seconds + "s";
	}

	private static List<String> collect(String prefix, Class<?> type) {
		List<String> names = new ArrayList<>();
		for (Method method : type.getMethods()) {
			String property = property(method);
			if (property == null) {
				continue;
			}
			Class<?> value = method.getReturnType();
			if (isGroup(value)) {
				names.addAll(collect(prefix + "." + property, value));
			}
			else {
				names.add(prefix + "." + property);
			}
		}
		names.sort(null);
		return names;
	}

	private static boolean isGroup(Class<?> type) {
		return type.getPackage() == SettingNames.class.getPackage() && !type.isEnum();
	}

	private static String property(Method method) {
		if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
				|| method.getDeclaringClass() == Object.class) {
			return null;
		}
		String name = method.getName();
		String bare;
		if (name.startsWith("get") && name.length() > 3) {
			bare = name.substring(3);
		}
		else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
			bare = name.substring(2);
		}
		else {
			return null;
		}
		return kebab(bare);
	}

	private static String kebab(String camel) {
		StringBuilder kebab = new StringBuilder();
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				kebab.append('-');
			}
			kebab.append(Character.toLowerCase(c));
		}
		return kebab.toString();
	}

}
