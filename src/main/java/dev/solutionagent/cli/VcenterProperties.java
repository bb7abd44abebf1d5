package dev.solutionagent.cli;

import java.nio.file.Path;

/**
 * The {@code agent.vcenter.*} properties: which vCenter the extension commands talk to,
 * and as whom.
 */
public class VcenterProperties {

	/** The vCenter: https://HOST[:PORT][/sdk]. */
	private String url;

	/** The thumbprint vCenter's certificate must have (SHA-256, or SHA-1). */
	private String thumbprint;

	/** A file of username= and password= lines, mode 0600. */
	private Path credentials;

	/** The vCenter user, when no credentials file is given. */
	private String username;

	/** The vCenter password, when no credentials file is given (environment only). */
	private String password;

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getThumbprint() {
		return this.thumbprint;
	}

	public void setThumbprint(String thumbprint) {
		this.thumbprint = thumbprint;
	}

	public Path getCredentials() {
		return this.credentials;
	}

	public void setCredentials(Path credentials) {
		this.credentials = credentials;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
