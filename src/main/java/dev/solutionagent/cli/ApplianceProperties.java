package dev.solutionagent.cli;

/**
 * The {@code agent.appliance.*} properties: where ${appliance.address} comes from.
 */
public class ApplianceProperties {

	/** This appliance's address for ${appliance.address}. */
	private String address;

	/** An OVF property that holds this appliance's address. */
	private String addressProperty;

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getAddressProperty() {
		return this.addressProperty;
	}

	public void setAddressProperty(String addressProperty) {
		this.addressProperty = addressProperty;
	}

}
