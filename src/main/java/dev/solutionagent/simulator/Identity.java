package dev.solutionagent.simulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.net.ssl.SSLContext;

import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.tls.SelfSignedCertificate;
import dev.solutionagent.tls.Thumbprint;

/**
 * Who the simulated vCenter is: its certificate (and the impostor's), its token, and the
 * target vCenters it issues, all made once at start.
 *
 * @param settings the settings
 * @param certificate the certificate written to the OVF environment
 * @param otherCertificate the certificate presented under the other-certificate fault
 * @param tls a server context presenting {@code certificate}
 * @param otherTls a server context presenting {@code otherCertificate}
 * @param token the one-time token
 * @param targets the target vCenters
 */
record Identity(SimulatorSettings settings, SelfSignedCertificate certificate, SelfSignedCertificate otherCertificate,
		SSLContext tls, SSLContext otherTls, InstallToken token, List<TargetVcenter> targets) {

	private static final Duration VALIDITY = Duration.ofDays(365);

	static Identity create(SimulatorSettings settings) {
		List<String> dnsNames = new ArrayList<>(List.of("localhost", "vcenter.simulator.local"));
		List<InetAddress> ips = new ArrayList<>(List.of(address("127.0.0.1"), address("::1")));
		for (String name : List.of(settings.host(), settings.advertisedHost())) {
			if (isIpLiteral(name)) {
				InetAddress host = address(name);
				if (!ips.contains(host)) {
					ips.add(host);
				}
			}
			else if (!dnsNames.contains(name)) {
				dnsNames.add(name);
			}
		}
		SelfSignedCertificate certificate = SelfSignedCertificate.generate("vcenter.simulator.local", dnsNames, ips,
				VALIDITY, settings.clock());
		SelfSignedCertificate other = SelfSignedCertificate.generate("impostor.simulator.local", dnsNames, ips,
				VALIDITY, settings.clock());
		List<TargetVcenter> targets = new ArrayList<>();
		for (int index = 0; index < settings.targets(); index++) {
			// The first target is the vCenter the client talks to; the others have their
			// own certificates, which the simulator never presents.
			Thumbprint thumbprint = (index == 0) ? certificate.sha256() : randomThumbprint();
			targets.add(new TargetVcenter(index, "vcsa-%02d.simulator.local".formatted(index + 1),
					UUID.randomUUID().toString(), thumbprint, settings.targetVersion()));
		}
		return new Identity(settings, certificate, other, certificate.serverContext(), other.serverContext(),
				InstallToken.issue(settings.clock(), settings.tokenLifetime()), targets);
	}

	Identity {
		targets = List.copyOf(targets);
	}

	/**
	 * The properties of the OVF environment, sorted by key as vSphere writes them.
	 * @param endpoint the endpoint URL
	 * @return the properties, the token among them
	 */
	Map<String, String> ovfProperties(URI endpoint) {
		Map<String, String> properties = new TreeMap<>(this.settings.ovfProperties());
		properties.put(SolutionInstallContext.TOKEN, this.token.value().reveal());
		properties.put(SolutionInstallContext.ENDPOINT, endpoint.toString());
		properties.put(SolutionInstallContext.THUMBPRINT, this.certificate.sha256().toString());
		this.settings.clientVersion().ifPresent((version) -> properties.put(SolutionInstallContext.VERSION, version));
		properties.put(SolutionInstallContext.TARGET_COUNT, Integer.toString(this.targets.size()));
		for (TargetVcenter target : this.targets) {
			properties.put(SolutionInstallContext.targetKey(target.index(), "hostname"), target.hostname());
			properties.put(SolutionInstallContext.targetKey(target.index(), "guid"), target.guid());
			properties.put(SolutionInstallContext.targetKey(target.index(), "thumbprint"),
					target.thumbprint().toString());
			target.version()
				.ifPresent((version) -> properties.put(SolutionInstallContext.targetKey(target.index(), "version"),
						version));
		}
		return properties;
	}

	private static Thumbprint randomThumbprint() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Thumbprint.parse(HexFormat.of().formatHex(bytes));
	}

	private static boolean isIpLiteral(String host) {
		return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("'" + literal + "' is not an IP address", ex);
		}
	}

}
