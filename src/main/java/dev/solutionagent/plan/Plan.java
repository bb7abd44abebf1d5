package dev.solutionagent.plan;

import java.util.List;

/**
 * What the vSphere Client will make of a set of registrations: each vCenter's row with
 * the plug-in instance it belongs to, the instances, and the warnings.
 *
 * @param rows one per vCenter and key, in input order
 * @param instances the plug-in instances, by key, version and manifest URL
 * @param warnings what looks accidental or collides
 */
public record Plan(List<Row> rows, List<Instance> instances, List<Warning> warnings) {

	public Plan {
		rows = List.copyOf(rows);
		instances = List.copyOf(instances);
		warnings = List.copyOf(warnings);
	}

	/**
	 * One vCenter's registration of a key.
	 *
	 * @param vcenter the vCenter
	 * @param key the key
	 * @param version the version
	 * @param manifestUrl the manifest URL
	 * @param instance the instance it belongs to, such as {@code 1.0.0#2}
	 */
	public record Row(String vcenter, String key, String version, String manifestUrl, String instance) {

	}

	/**
	 * A plug-in instance: the registrations of one key and version that share a manifest
	 * URL, served by one plug-in server.
	 *
	 * @param key the key
	 * @param version the version
	 * @param name the version and the instance's number among that version's, such as
	 * {@code 1.0.0#1}
	 * @param manifestUrl the manifest URL
	 * @param vcenters the vCenters it is registered on
	 */
	public record Instance(String key, String version, String name, String manifestUrl, List<String> vcenters) {

		public Instance {
			vcenters = List.copyOf(vcenters);
		}

	}

	/**
	 * Something that looks accidental, or will collide.
	 *
	 * @param kind what kind of problem
	 * @param key the key it concerns
	 * @param message what it is and what to do
	 */
	public record Warning(Kind kind, String key, String message) {

		@Override
		public String toString() {
			return "warning [" + this.kind.label() + "] " + this.message;
		}

	}

	/**
	 * The kinds of warnings.
	 */
	public enum Kind {

		/** A key registered twice on one vCenter in the input; the last one counts. */
		DUPLICATE("duplicate"),

		/** One manifest spelled two ways: one plug-in server, two instances. */
		SPELLING("spelling"),

		/** Same version, manifest URLs that differ only in host: two instances. */
		SPLIT("split"),

		/** The change turns one instance into two. */
		CHANGE_SPLITS("change-splits"),

		/** Two versions share one manifest URL. */
		SHARED_MANIFEST("shared-manifest"),

		/** Two versions declare the same ID. */
		ID_COLLISION("id-collision"),

		/** An ID carries no version marker while several versions coexist. */
		ID_NOT_NAMESPACED("id-not-namespaced");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
