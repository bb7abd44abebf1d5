package dev.solutionagent.extension;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.solutionagent.Printable;

/**
 * Where {@code ${appliance.address}} comes from: a setting, else an OVF property, else
 * this machine's first usable address; and which of these it was, for the log.
 */
public final class ApplianceAddress {

	private ApplianceAddress() {
	}

	/**
	 * The address from settings, then from an OVF property, then from the machine.
	 * @param configured {@code agent.appliance.address}
	 * @param propertyKey {@code agent.appliance.address-property}, the OVF property to
	 * read
	 * @param propertyValue that property's value in the OVF environment
	 * @param machine this machine's candidate addresses, asked only when needed
	 * @return the address, where it came from, and a warning when the choice was a guess
	 * among several or a named property was empty
	 * @throws IllegalStateException when nothing gives an address
	 */
	public static Choice choose(Optional<String> configured, Optional<String> propertyKey,
			Optional<String> propertyValue, Supplier<List<Candidate>> machine) {
		Optional<String> setting = configured.map(String::strip).filter((value) -> !value.isEmpty());
		if (setting.isPresent()) {
			return new Choice(setting.get(), "agent.appliance.address (--appliance-address)", Optional.empty());
		}
		Optional<String> fromProperty = propertyValue.map(String::strip).filter((value) -> !value.isEmpty());
		if (fromProperty.isPresent()) {
			return new Choice(fromProperty.get(),
					"OVF property " + propertyKey.orElse("?") + " (agent.appliance.address-property)",
					Optional.empty());
		}
		List<Candidate> candidates = machine.get();
		if (candidates.isEmpty()) {
			throw new IllegalStateException("this machine has no non-loopback address that is up; "
					+ "set agent.appliance.address or agent.appliance.address-property");
		}
		Candidate first = candidates.get(0);
		String source = "interface %s, the first that is up and not loopback".formatted(first.interfaceName());
		Optional<String> warning = Optional.empty();
		if (propertyKey.isPresent()) {
			warning = Optional.of(("the OVF property %s (agent.appliance.address-property) is missing or empty, so "
					+ "${appliance.address} is %s of %s")
				.formatted(propertyKey.get(), first.address(), first.interfaceName()));
		}
		else if (candidates.size() > 1) {
			warning = Optional.of(("this machine has %d candidate addresses (%s); ${appliance.address} is the "
					+ "first, %s of %s. Set agent.appliance.address or agent.appliance.address-property to choose")
				.formatted(candidates.size(),
						candidates.stream()
							.map((c) -> c.address() + " " + c.interfaceName())
							.collect(Collectors.joining(", ")),
						first.address(), first.interfaceName()));
		}
		return new Choice(first.address(), source, warning);
	}

	/**
	 * The addresses of interfaces that are up and not loopback, interfaces in index
	 * order, IPv4 before IPv6, link-local addresses left out. IPv6 comes in brackets so
	 * it fits in a URL.
	 * @return the candidates, best first
	 * @throws IllegalStateException when the interfaces cannot be listed
	 */
	public static List<Candidate> machine() {
		try {
			return Collections.list(NetworkInterface.getNetworkInterfaces())
				.stream()
				.filter(ApplianceAddress::isUsable)
				.sorted(Comparator.comparingInt(NetworkInterface::getIndex))
				.flatMap((nic) -> nic.inetAddresses()
					.filter((address) -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
					.map((address) -> new Candidate(literal(address), Printable.escape(nic.getName()),
							(address instanceof Inet4Address) ? 0 : 1)))
				.sorted(Comparator.comparingInt(Candidate::family))
				.toList();
		}
		catch (SocketException ex) {
			throw new IllegalStateException("network interfaces cannot be listed (" + ex.getMessage() + ")");
		}
	}

	private static String literal(InetAddress address) {
		return (address instanceof Inet6Address) ? "[" + address.getHostAddress().replaceAll("%.*$", "") + "]"
				: address.getHostAddress();
	}

	private static boolean isUsable(NetworkInterface networkInterface) {
		try {
			return networkInterface.isUp() && !networkInterface.isLoopback();
		}
		catch (SocketException ex) {
			return false;
		}
	}

	/**
	 * One address of this machine.
	 *
	 * @param address the literal, IPv6 in brackets
	 * @param interfaceName the interface that holds it, such as {@code eth0}
	 * @param family 0 for IPv4, 1 for IPv6 (IPv4 is preferred)
	 */
	public record Candidate(String address, String interfaceName, int family) {

		public Candidate(String address, String interfaceName) {
			this(address, interfaceName, address.startsWith("[") ? 1 : 0);
		}

	}

	/**
	 * The address chosen.
	 *
	 * @param address the address
	 * @param source where it came from, for the log
	 * @param warning what the log should warn about the choice
	 */
	public record Choice(String address, String source, Optional<String> warning) {

	}

}
