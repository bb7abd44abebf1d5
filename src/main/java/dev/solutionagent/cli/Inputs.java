package dev.solutionagent.cli;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.solutionagent.Printable;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentReader;
import dev.solutionagent.extension.ApplianceAddress;
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.tls.CertificateFiles;
import dev.solutionagent.tls.Thumbprint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.function.SingletonSupplier;

/**
 * Turns settings into the inputs commands share: the OVF environment and the values of
 * descriptor placeholders.
 */
final class Inputs {

	private static final Logger logger = LoggerFactory.getLogger(Inputs.class);

	private Inputs() {
	}

	static OvfEnvironment environment(AgentSettings settings) {
		return OvfEnvironmentReader.of(settings.transport()).read();
	}

	/**
	 * The placeholder values. The appliance's address and thumbprint are looked up only
	 * when a descriptor uses them, and once.
	 * @param settings the settings
	 * @param environment the OVF environment, if there is one
	 * @param lenient whether placeholders without a value yet may stay (validate)
	 * @return the placeholder context
	 */
	static PlaceholderContext placeholders(AgentSettings settings, Optional<OvfEnvironment> environment,
			boolean lenient) {
		Optional<String> addressProperty = settings.inputs()
			.applianceAddressProperty()
			.flatMap((key) -> environment.flatMap((env) -> env.property(key)));
		Supplier<String> address = SingletonSupplier.of(() -> {
			ApplianceAddress.Choice choice = ApplianceAddress.choose(settings.inputs().applianceAddress(),
					settings.inputs().applianceAddressProperty(), addressProperty, ApplianceAddress::machine);
			logger.info("${appliance.address} is {}, from {}", Printable.escape(choice.address()), choice.source());
			choice.warning().ifPresent((warning) -> logger.warn("{}", Printable.escape(warning)));
			return choice.address();
		});
		Supplier<Thumbprint> thumbprint = SingletonSupplier.of(() -> CertificateFiles.sha256Thumbprint(settings.inputs()
			.certificate()
			.orElseThrow(() -> new IllegalStateException(
					"no plug-in server certificate is configured; pass --certificate FILE (agent.certificate)"))));
		Optional<Map<String, String>> ovf = environment.map(OvfEnvironment::properties);
		return new PlaceholderContext(ovf, address, thumbprint, Optional.empty(), lenient,
				settings.inputs().allowHttp());
	}

}
