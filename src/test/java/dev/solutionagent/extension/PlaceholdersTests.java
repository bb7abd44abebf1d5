package dev.solutionagent.extension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.solutionagent.environment.SecretKey;
import dev.solutionagent.environment.TargetVcenter;
import dev.solutionagent.tls.Thumbprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTests {

	private static final TargetVcenter VC = new TargetVcenter(0, "vc1.lab.local", "guid-1",
			Thumbprint.parse(TestContexts.CERTIFICATE_THUMBPRINT), Optional.of("8.0.3"));

	@Test
	void resolveWhenKnownPlaceholdersThenReplacedEverywhereInStrings() {
		ObjectNode tree = tree(
				"""
						{"a": "https://${appliance.address}:8443/x", "b": ["${appliance.thumbprint}", {"c": "${ovf.vendor.name}"}],
						 "d": 5, "e": "${ ovf.vendor.name }-${vcenter.hostname}-${vcenter.guid}-${vcenter.version}"}""");
		List<Problem> problems = Placeholders.resolve(tree, "$",
				TestContexts.strict(Map.of("vendor.name", "Acme & Co")).forVcenter(VC));
		assertThat(problems).isEmpty();
		assertThat(tree.toString())
			.isEqualTo("{\"a\":\"https://10.0.0.50:8443/x\",\"b\":[\"" + TestContexts.CERTIFICATE_THUMBPRINT
					+ "\",{\"c\":\"Acme & Co\"}],\"d\":5,\"e\":\"Acme & Co-vc1.lab.local-guid-1-8.0.3\"}");
	}

	@Test
	void resolveWhenEscapedThenLiteralDollarBraceAndNoRecursion() {
		ObjectNode tree = tree("{\"a\": \"$${appliance.address} costs $5\", \"b\": \"${ovf.tricky}\"}");
		assertThat(Placeholders.resolve(tree, "$", TestContexts.strict(Map.of("tricky", "${appliance.address}"))))
			.isEmpty();
		assertThat(tree.get("a").stringValue()).isEqualTo("${appliance.address} costs $5");
		assertThat(tree.get("b").stringValue()).isEqualTo("${appliance.address}");
	}

	@Test
	void resolveWhenUnknownMissingOrUnclosedThenEachNamedWithItsPath() {
		ObjectNode tree = tree(
				"""
						{"a": "${appliance.ip}", "b": ["${ovf.missing}"], "c": "${vcenter.guid}", "d": "${appliance.address"}""");
		assertThat(Placeholders.resolve(tree, "$", TestContexts.strict(Map.of()))).extracting(Problem::toString)
			.containsExactly(
					"error: $.a: uses unknown placeholder ${appliance.ip}; known are ${ovf.<property key>}, ${appliance.address}, ${appliance.thumbprint}, ${vcenter.guid}, ${vcenter.hostname}, ${vcenter.version}",
					"error: $.b[0]: ${ovf.missing}: the OVF environment has no property 'missing'; declare it in the ProductSection of the appliance's OVF descriptor",
					"error: $.c: ${vcenter.guid} is only available in a per-GUID payload (every target vCenter 8.0 U3 or later, or agent.payload.shape=per-guid)",
					"error: $.d: has '${' without a closing '}'; write $${ for a literal ${");
	}

	@ParameterizedTest
	@EnumSource(SecretKey.class)
	void resolveWhenASecretKeyIsReferencedThenRefusedNamingItAndNeverSubstituted(SecretKey secret) {
		ObjectNode tree = tree("{\"a\": \"https://x/?q=${ovf.%s}\"}".formatted(secret.key()));
		List<Problem> problems = Placeholders.resolve(tree, "$",
				TestContexts.strict(Map.of(secret.key(), "SECRET-VALUE")));
		assertThat(problems).singleElement()
			.asString()
			.isEqualTo(
					"error: $.a: ${ovf.%s} is refused: %s is a secret, sent only ".formatted(secret.key(), secret.key())
							+ (secret == SecretKey.TOKEN ? "in the solution-install-token header"
									: "to vCenter's SessionManager.Login")
							+ ", never in the payload");
		assertThat(tree.toString()).doesNotContain("SECRET-VALUE");
	}

	@Test
	void resolveWhenLenientThenValuesNotKnownYetStayAsWrittenAndTheMissingCertificateIsSaid() {
		ObjectNode tree = tree("{\"a\": \"${ovf.x}\", \"b\": \"${appliance.thumbprint}\", \"c\": \"${vcenter.guid}\"}");
		assertThat(Placeholders.resolve(tree, "$", TestContexts.lenientWithoutCertificate())).singleElement()
			.hasToString("warning: $.b: ${appliance.thumbprint} is not resolved, so the value is not checked: "
					+ "no plug-in server certificate is configured");
		assertThat(tree.get("a").stringValue()).isEqualTo("${ovf.x}");
		assertThat(tree.get("b").stringValue()).isEqualTo("${appliance.thumbprint}");
	}

	@Test
	void resolveWhenVcenterSendsNoVersionThenNamesTheKey() {
		TargetVcenter old = new TargetVcenter(1, "vc2", "g2", VC.thumbprint(), Optional.empty());
		ObjectNode tree = tree("{\"a\": \"${vcenter.version}\"}");
		assertThat(Placeholders.resolve(tree, "$", TestContexts.strict(Map.of()).forVcenter(old)))
			.extracting(Problem::message)
			.containsExactly("${vcenter.version}: vCenter vc2 sends no solutionInstall.targetVcenterServers.1.version");
	}

	private static ObjectNode tree(String json) {
		return (ObjectNode) JsonMapper.shared().readTree(json);
	}

}
