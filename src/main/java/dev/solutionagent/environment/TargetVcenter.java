package dev.solutionagent.environment;

import java.util.Optional;

import dev.solutionagent.tls.Thumbprint;

/**
 * One vCenter the admin picked for the plug-in (vSphere 8.0 U2 and later).
 *
 * @param index the property index N of {@code solutionInstall.targetVcenterServers.N}
 * @param hostname the vCenter FQDN
 * @param guid the vCenter instance GUID
 * @param thumbprint the vCenter certificate thumbprint
 * @param version the vCenter version, sent from 8.0 U3 on
 */
public record TargetVcenter(int index, String hostname, String guid, Thumbprint thumbprint, Optional<String> version) {

	/**
	 * Whether this vCenter reports a version of at least the given one.
	 * @param minimum the version to compare with, such as {@code 8.0.3}
	 * @return {@code false} when the vCenter reports no version
	 */
	public boolean isAtLeast(String minimum) {
		return this.version.map((own) -> Versions.isAtLeast(own, minimum)).orElse(false);
	}

}
