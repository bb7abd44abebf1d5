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

/**
 * Finds this machine's address for {@code ${appliance.address}} when neither a setting
 * nor an OVF property gives one.
 */
public final class ApplianceAddress {

	private ApplianceAddress() {
	}

	/**
	 * The first address of an interface that is up and not loopback, IPv4 before IPv6,
	 * interfaces in index order. An IPv6 address comes in brackets so it fits in a URL.
	 * @return the address
	 * @throws IllegalStateException when the machine has no such address
	 */
	public static String firstNonLoopback() {
		return candidates().stream()
			.findFirst()
			.map((address) -> (address instanceof Inet6Address)
					? "[" + address.getHostAddress().replaceAll("%.*$", "") + "]" : address.getHostAddress())
			.orElseThrow(() -> new IllegalStateException("this machine has no non-loopback address that is up; "
					+ "set agent.appliance.address or agent.appliance.address-property"));
	}

	private static List<InetAddress> candidates() {
		try {
			return Collections.list(NetworkInterface.getNetworkInterfaces())
				.stream()
				.filter(ApplianceAddress::isUsable)
				.sorted(Comparator.comparingInt(NetworkInterface::getIndex))
				.flatMap(NetworkInterface::inetAddresses)
				.filter((address) -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
				.sorted(Comparator.comparingInt((InetAddress address) -> (address instanceof Inet4Address) ? 0 : 1))
				.toList();
		}
		catch (SocketException ex) {
			throw new IllegalStateException("network interfaces cannot be listed (" + ex.getMessage() + ")");
		}
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
	 * The address from settings, then from an OVF property, then from the machine.
	 * @param configured {@code agent.appliance.address}
	 * @param fromProperty the value of the OVF property named by
	 * {@code agent.appliance.address-property}
	 * @return the address
	 */
	public static String resolve(Optional<String> configured, Optional<String> fromProperty) {
		return configured.filter((value) -> !value.isBlank())
			.or(() -> fromProperty.filter((value) -> !value.isBlank()))
			.map(String::strip)
			.orElseGet(ApplianceAddress::firstNonLoopback);
	}

}
