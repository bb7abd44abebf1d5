package dev.solutionagent.ovf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.solutionagent.extension.Descriptor;
import dev.solutionagent.extension.PlaceholderContext;
import dev.solutionagent.extension.Placeholders;
import dev.solutionagent.extension.Problem;
import dev.solutionagent.tls.Thumbprint;

/**
 * Checks at build time that every {@code ${ovf.<key>}} of a descriptor names a property
 * the ProductSection declares: an undeclared one never reaches the OVF environment, and
 * registration would fail at first boot, on the customer's vCenter.
 */
public final class DescriptorCheck {

	private DescriptorCheck() {
	}

	/**
	 * Find the placeholders that the declared properties cannot satisfy.
	 * @param descriptor the vendor's descriptor
	 * @param declaredKeys the property keys of the ProductSection
	 * @return the errors, each with its JSON path; empty when the descriptor fits
	 */
	public static List<Problem> check(Descriptor descriptor, Collection<String> declaredKeys) {
		Map<String, String> declared = new LinkedHashMap<>();
		declaredKeys.forEach((key) -> declared.put(key, ""));
		// Lenient: the appliance's address and certificate and the target vCenters are
		// only known on the appliance.
		Supplier<String> address = () -> {
			throw new IllegalStateException("known on the appliance only");
		};
		Supplier<Thumbprint> thumbprint = () -> {
			throw new IllegalStateException("known on the appliance only");
		};
		PlaceholderContext context = new PlaceholderContext(Optional.of(declared), address, thumbprint,
				Optional.empty(), true);
		List<Problem> errors = new ArrayList<>();
		for (int i = 0; i < descriptor.size(); i++) {
			Placeholders.resolve(descriptor.extension(i), descriptor.pathOf(i), context)
				.stream()
				.filter(Problem::isError)
				.forEach(errors::add);
		}
		return errors;
	}

}
