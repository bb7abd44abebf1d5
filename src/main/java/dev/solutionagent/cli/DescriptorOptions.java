package dev.solutionagent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.solutionagent.environment.SecretKey;
import dev.solutionagent.extension.PayloadShape;

/**
 * What the Extension records are made from: the vendor's descriptor and the values of its
 * placeholders (the plug-in server's certificate, the appliance's address), and the shape
 * of the payload.
 */
final class DescriptorOptions {

	static final Setting<Path> DESCRIPTOR = Setting.option("--descriptor", "agent.descriptor", "FILE", Path.class,
			Path.of("/etc/solution-agent/extension.yaml"),
			"The plug-in's Extension descriptor, YAML or JSON (default /etc/solution-agent/extension.yaml)");

	static final Setting<Path> CERTIFICATE = Setting.option("--certificate", "agent.certificate", "FILE", Path.class,
			null, "The plug-in server's certificate (PEM or DER), for ${appliance.thumbprint}");

	static final Setting<String> APPLIANCE_ADDRESS = Setting.option("--appliance-address", "agent.appliance.address",
			"ADDRESS", String.class, null,
			"The address for ${appliance.address} (default: this machine's first non-loopback address)");

	static final Setting<String> ADDRESS_PROPERTY = Setting.setting("agent.appliance.address-property", "KEY",
			String.class, null,
			"An OVF property that holds the address for ${appliance.address}, when --appliance-address is not given");

	static final Setting<String> SHAPE = Setting.option("--payload-shape", "agent.payload.shape", "SHAPE", String.class,
			"auto", "auto (default), list or per-guid");

	static final Setting<Boolean> ALLOW_HTTP = Setting.flag("--allow-http", "agent.allow-http",
			"Accept http:// plug-in URLs (a warning, not an error): the vSphere Client loads plug-ins over https");

	/** The descriptor and the values its placeholders need. */
	static final List<Setting<?>> PLACEHOLDERS = List.of(DESCRIPTOR, CERTIFICATE, APPLIANCE_ADDRESS);

	static final List<Setting<?>> ALL = List.of(DESCRIPTOR, CERTIFICATE, APPLIANCE_ADDRESS, ADDRESS_PROPERTY, SHAPE,
			ALLOW_HTTP);

	private DescriptorOptions() {
	}

	static DescriptorInputs of(Values values) {
		PayloadShape shape;
		try {
			shape = PayloadShape.parse(values.get(SHAPE));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(SHAPE.property() + " " + ex.getMessage());
		}
		Optional<String> addressProperty = values.find(ADDRESS_PROPERTY);
		Optional<SecretKey> secret = addressProperty.flatMap((key) -> SecretKey.of(key.strip()));
		if (secret.isPresent()) {
			throw new UsageException("%s names %s: %s, and the appliance's address "
				.formatted(ADDRESS_PROPERTY.property(), secret.get().key(), secret.get().reason())
					+ "goes into the payload, URLs and DNS look-ups; name the OVF property that holds the address");
		}
		return new DescriptorInputs(values.get(DESCRIPTOR), values.find(CERTIFICATE), values.find(APPLIANCE_ADDRESS),
				addressProperty, shape, values.get(ALLOW_HTTP));
	}

	/**
	 * The descriptor and its inputs, bound.
	 *
	 * @param descriptor the vendor's descriptor file
	 * @param certificate the plug-in server's certificate file
	 * @param applianceAddress an explicit appliance address
	 * @param applianceAddressProperty an OVF property holding the appliance address
	 * @param shape the payload shape asked for
	 * @param allowHttp whether http:// plug-in URLs are only a warning
	 */
	record DescriptorInputs(Path descriptor, Optional<Path> certificate, Optional<String> applianceAddress,
			Optional<String> applianceAddressProperty, PayloadShape shape, boolean allowHttp) {

	}

}
