package dev.solutionagent.extension;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.tls.Thumbprint;

/**
 * The values {@code ${...}} placeholders resolve to.
 *
 * @param ovf the OVF environment's properties, or empty when there is no environment
 * @param applianceAddress this appliance's address; throws {@link IllegalStateException}
 * with the reason when it cannot be told
 * @param applianceThumbprint the SHA-256 thumbprint of the plug-in server's certificate;
 * throws {@link IllegalStateException} with the reason when no certificate is configured
 * @param vcenter the target vCenter, for per-GUID extensions
 * @param lenient whether placeholders that have no value yet (no environment, no target)
 * stay as written instead of being errors; used by {@code validate}
 * @param allowHttp whether an http:// plug-in URL is only a warning (else an error: the
 * vSphere Client loads remote plug-ins over https)
 */
public record PlaceholderContext(Optional<Map<String, String>> ovf, Supplier<String> applianceAddress,
		Supplier<Thumbprint> applianceThumbprint, Optional<TargetVcenter> vcenter, boolean lenient, boolean allowHttp) {

	public PlaceholderContext {
		ovf = ovf.map(Map::copyOf);
	}

	public PlaceholderContext(Optional<Map<String, String>> ovf, Supplier<String> applianceAddress,
			Supplier<Thumbprint> applianceThumbprint, Optional<TargetVcenter> vcenter, boolean lenient) {
		this(ovf, applianceAddress, applianceThumbprint, vcenter, lenient, false);
	}

	/**
	 * This context for one target vCenter.
	 * @param target the vCenter
	 * @return a copy that resolves {@code ${vcenter.*}}
	 */
	public PlaceholderContext forVcenter(TargetVcenter target) {
		return new PlaceholderContext(this.ovf, this.applianceAddress, this.applianceThumbprint, Optional.of(target),
				this.lenient, this.allowHttp);
	}

}
