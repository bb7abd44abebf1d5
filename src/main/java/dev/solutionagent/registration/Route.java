package dev.solutionagent.registration;

import dev.solutionagent.environment.ExtensionManagerContext;
import dev.solutionagent.environment.OvfEnvironment;
import dev.solutionagent.environment.OvfEnvironmentException;
import dev.solutionagent.environment.SolutionInstallContext;
import dev.solutionagent.extension.Payload;
import dev.solutionagent.vim.SoapExtension;
import dev.solutionagent.vim.VimEndpoint;

/**
 * What a first boot will do with an OVF environment: solution install with its token, or,
 * without a token but with the {@code solutionAgent.vcenter.*} group, the
 * ExtensionManager. The one place that chooses.
 */
public sealed interface Route permits Route.SolutionInstall, Route.ExtensionManager {

	/**
	 * The path an environment takes, before anything is read from it beyond that.
	 */
	enum Kind {

		/** A solution-install token: POST to vCenter's endpoint. */
		SOLUTION_INSTALL,

		/** No token, but the vCenter group: the ExtensionManager over vim25. */
		EXTENSION_MANAGER;

		/**
		 * The path of an environment.
		 * @param environment the OVF environment
		 * @return its path
		 */
		public static Kind of(OvfEnvironment environment) {
			return ExtensionManagerContext.applies(environment) ? EXTENSION_MANAGER : SOLUTION_INSTALL;
		}

	}

	/**
	 * The records a first boot registers, made from the vendor's descriptor for either
	 * path.
	 */
	interface Records {

		/**
		 * The solution-install body.
		 * @param environment the OVF environment, for placeholders
		 * @param install the solution-install context, for its target vCenters
		 * @return the payload
		 */
		Payload payload(OvfEnvironment environment, SolutionInstallContext install);

		/**
		 * The ExtensionManager's records.
		 * @param environment the OVF environment, for placeholders
		 * @return the records and their problems
		 */
		SoapExtension.Batch batch(OvfEnvironment environment);

	}

	/**
	 * Read an environment into its plan.
	 * @param environment the OVF environment
	 * @param records makes the records
	 * @return the plan
	 * @throws OvfEnvironmentException when the environment cannot be used on its path
	 */
	static Route of(OvfEnvironment environment, Records records) {
		return switch (Kind.of(environment)) {
			case SOLUTION_INSTALL -> {
				SolutionInstallContext install = SolutionInstallContext.from(environment);
				yield new SolutionInstall(environment, install, records.payload(environment, install));
			}
			case EXTENSION_MANAGER -> {
				ExtensionManagerContext vcenter = ExtensionManagerContext.from(environment);
				VimEndpoint endpoint;
				try {
					endpoint = VimEndpoint.parse(vcenter.url());
				}
				catch (IllegalArgumentException ex) {
					throw new OvfEnvironmentException(environment.source(),
							ExtensionManagerContext.URL + " " + ex.getMessage());
				}
				yield new ExtensionManager(environment, endpoint, vcenter, records.batch(environment));
			}
		};
	}

	/**
	 * The environment the plan was read from.
	 * @return the OVF environment
	 */
	OvfEnvironment environment();

	/**
	 * Solution install.
	 *
	 * @param environment the OVF environment
	 * @param install the endpoint, pin, token and targets
	 * @param payload the body
	 */
	record SolutionInstall(OvfEnvironment environment, SolutionInstallContext install,
			Payload payload) implements Route {

	}

	/**
	 * The ExtensionManager, without a token.
	 *
	 * @param environment the OVF environment
	 * @param endpoint the vCenter's SDK
	 * @param vcenter the vCenter group's pin and credentials
	 * @param batch the records
	 */
	record ExtensionManager(OvfEnvironment environment, VimEndpoint endpoint, ExtensionManagerContext vcenter,
			SoapExtension.Batch batch) implements Route {

	}

}
