package dev.solutionagent.plan;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Tells how two manifest URLs differ. The vSphere Client compares {@code client[0].url}
 * as written, so two spellings of one URL make two instances.
 */
final class ManifestUrls {

	private ManifestUrls() {
	}

	static Difference compare(String first, String second) {
		if (first.equals(second)) {
			return Difference.SAME;
		}
		Parts a = Parts.of(first);
		Parts b = Parts.of(second);
		if (a == null || b == null) {
			return Difference.OTHER;
		}
		boolean restEqual = a.scheme().equals(b.scheme()) && a.port() == b.port() && a.path().equals(b.path())
				&& Objects.equals(a.query(), b.query());
		if (!restEqual) {
			return Difference.OTHER;
		}
		if (a.host().equals(b.host()) || isShortFormOf(a.host(), b.host()) || isShortFormOf(b.host(), a.host())) {
			return Difference.SPELLING;
		}
		return Difference.HOST_ONLY;
	}

	static String host(String url) {
		Parts parts = Parts.of(url);
		return (parts != null) ? parts.host() : url;
	}

	// "pluginserver1" and "pluginserver1.example.com" name one host in most networks.
	private static boolean isShortFormOf(String shorter, String longer) {
		return !shorter.contains(".") && longer.startsWith(shorter + ".") && !longer.matches("[0-9.]+");
	}

	/**
	 * How two manifest URLs differ.
	 */
	enum Difference {

		/** Identical. */
		SAME,

		/**
		 * The same URL spelled differently: case, default port, trailing slash, short
		 * host.
		 */
		SPELLING,

		/** The same scheme, port and path on another host. */
		HOST_ONLY,

		/** Different in path, port or scheme. */
		OTHER

	}

	private record Parts(String scheme, String host, int port, String path, String query) {

		static @Nullable Parts of(String url) {
			try {
				URI uri = new URI(url.strip());
				if (uri.getScheme() == null || uri.getHost() == null) {
					return null;
				}
				String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
				int port = (uri.getPort() != -1) ? uri.getPort() : (scheme.equals("http") ? 80 : 443);
				String path = (uri.getPath() == null || uri.getPath().isEmpty()) ? "/" : uri.getPath();
				if (path.length() > 1 && path.endsWith("/")) {
					path = path.substring(0, path.length() - 1);
				}
				return new Parts(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path, uri.getQuery());
			}
			catch (URISyntaxException ex) {
				return null;
			}
		}

	}

}
