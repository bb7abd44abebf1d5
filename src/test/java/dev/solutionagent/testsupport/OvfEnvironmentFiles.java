package dev.solutionagent.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OVF environment document as vSphere hands it to the appliance: one PropertySection,
 * for the solution-install path or the ExtensionManager one, and any vendor property. The
 * keys are spelt here as vSphere writes them, not taken from the agent's constants.
 */
public final class OvfEnvironmentFiles {

	public static final String TOKEN = "solutionInstall.token";

	public static final String VCENTER_THUMBPRINT = "solutionAgent.vcenter.thumbprint";

	public static final String VCENTER_USER = "administrator@vsphere.local";

	private final Map<String, String> properties = new LinkedHashMap<>();

	private OvfEnvironmentFiles(Map<String, String> properties) {
		this.properties.putAll(properties);
	}

	/**
	 * Properties in the order given.
	 * @param properties keys and values
	 * @return the document
	 */
	public static OvfEnvironmentFiles of(Map<String, String> properties) {
		return new OvfEnvironmentFiles(properties);
	}

	/**
	 * The solution-install path, with the vendor property the example descriptor reads.
	 * @param token the one-time token
	 * @param endpoint the solution-install endpoint
	 * @param pin vCenter's thumbprint
	 * @return the document
	 */
	public static OvfEnvironmentFiles solutionInstall(Object token, Object endpoint, Object pin) {
		return of(Map.of()).with(TOKEN, token)
			.with("solutionInstall.postDeployData.endpoint", endpoint)
			.with("solutionInstall.postDeployData.thumbprint", pin)
			.with("example.adminEmail", "ops@example.com");
	}

	/**
	 * The ExtensionManager path ({@code solutionAgent.vcenter.*}) for the administrator,
	 * with the vendor property the example descriptor reads and no token.
	 * @param url vCenter's SDK URL
	 * @param pin vCenter's thumbprint
	 * @param password the administrator's password
	 * @return the document
	 */
	public static OvfEnvironmentFiles extensionManager(Object url, Object pin, String password) {
		return of(Map.of()).with("solutionAgent.vcenter.url", url)
			.with(VCENTER_THUMBPRINT, pin)
			.with("solutionAgent.vcenter.username", VCENTER_USER)
			.with("solutionAgent.vcenter.password", password)
			.with("example.adminEmail", "ops@example.com");
	}

	public OvfEnvironmentFiles with(String key, Object value) {
		this.properties.put(key, String.valueOf(value));
		return this;
	}

	public OvfEnvironmentFiles without(String key) {
		this.properties.remove(key);
		return this;
	}

	public String xml() {
		StringBuilder xml = new StringBuilder("<Environment xmlns=\"http://schemas.dmtf.org/ovf/environment/1\""
				+ " xmlns:oe=\"http://schemas.dmtf.org/ovf/environment/1\">\n  <PropertySection>\n");
		this.properties.forEach((key, value) -> xml.append("    <Property oe:key=\"%s\" oe:value=\"%s\"/>\n"
			.formatted(key, value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"))));
		return xml.append("  </PropertySection>\n</Environment>\n").toString();
	}

	/**
	 * Write the document as {@code ovf-env.xml}, replacing any earlier one.
	 * @param folder where
	 * @return the file
	 */
	public Path writeTo(Path folder) {
		try {
			return Files.writeString(folder.resolve("ovf-env.xml"), xml());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
