package dev.solutionagent.testsupport;

/**
 * Documents built to break parsers: nested far deeper than any real one, or holding a
 * million nodes in a few megabytes.
 */
public final class HostileXml {

	/** The depth that overflowed the stack before the parser was bounded. */
	public static final int DEEP = 20_000;

	private HostileXml() {
	}

	/**
	 * Elements nested in each other.
	 * @param depth how deep
	 * @return {@code <x><x>...</x></x>}, 7 bytes a level
	 */
	public static String nested(int depth) {
		return "<x>".repeat(depth) + "</x>".repeat(depth);
	}

	/**
	 * A document with a deep subtree just before the end of its root element.
	 * @param document a well-formed document
	 * @param depth how deep the subtree nests
	 * @return the document with the subtree
	 */
	public static String deepened(String document, int depth) {
		int end = document.lastIndexOf("</");
		return document.substring(0, end) + nested(depth) + document.substring(end);
	}

}
