package dev.solutionagent.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A TLS peer on 127.0.0.1 that behaves as an attacker on the network path would, one
 * behaviour per instance, counting what it read and wrote so that a test can prove what
 * the client did: an impostor presenting the genuine certificate behind a leaf of its
 * own, a peer that dribbles its handshake, headers or body, answers
 * {@code 102 Processing} forever, or sends an endless or compressed endless body.
 */
public final class HostilePeer implements AutoCloseable {

	private static final byte[] REQUEST_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private final ServerSocket server;

	private final Behaviour behaviour;

	private final SSLContext tls;

	private final AtomicInteger handshakes = new AtomicInteger();

	private final AtomicLong bytesRead = new AtomicLong();

	private final AtomicLong bytesWritten = new AtomicLong();

	private final AtomicInteger connections = new AtomicInteger();

	private HostilePeer(ServerSocket server, Behaviour behaviour, SSLContext tls) {
		this.server = server;
		this.behaviour = behaviour;
		this.tls = tls;
		Thread accept = new Thread(this::accept, "hostile-peer-" + behaviour);
		accept.setDaemon(true);
		accept.start();
	}

	/**
	 * An impostor: holds the key of the {@code other} test certificate, and presents that
	 * certificate as its leaf with the genuine {@code server} certificate behind it, as
	 * anyone who once connected to the genuine peer can. It answers 200 to whatever a
	 * fooled client sends.
	 * @return the running peer
	 */
	public static HostilePeer impostor() {
		return start(Behaviour.IMPOSTOR);
	}

	/**
	 * A peer of the given behaviour, presenting the {@code server} test certificate (the
	 * impostor: see {@link #impostor()}).
	 * @param behaviour what it does
	 * @return the running peer
	 */
	public static HostilePeer start(Behaviour behaviour) {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			return new HostilePeer(server, behaviour, context(behaviour == Behaviour.IMPOSTOR));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SSLContext context(boolean impostor) {
		try {
			KeyStore own = TestTls.load(impostor ? "other" : "server");
			PrivateKey key = (PrivateKey) own.getKey(impostor ? "other" : "server", "changeit".toCharArray());
			X509Certificate leaf = (X509Certificate) own.getCertificate(impostor ? "other" : "server");
			X509Certificate[] chain = impostor
					? new X509Certificate[] { leaf, (X509Certificate) TestTls.load("server").getCertificate("server") }
					: new X509Certificate[] { leaf };
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(new KeyManager[] { new FixedKey(key, chain) }, null, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket plain = this.server.accept();
				this.connections.incrementAndGet();
				Thread serve = new Thread(() -> serve(plain), "hostile-peer-connection");
				serve.setDaemon(true);
				serve.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket plain) {
		try (plain) {
			plain.setSoTimeout(30_000);
			if (this.behaviour == Behaviour.DRIBBLE_HANDSHAKE) {
				// A TLS record header announcing 16 KiB of handshake, then one byte at a
				// time: every read the client makes is answered just in time.
				OutputStream out = plain.getOutputStream();
				byte[] header = { 0x16, 0x03, 0x03, 0x40, 0x00 };
				for (byte b : header) {
					write(out, new byte[] { b });
					pause();
				}
				while (true) {
					write(out, new byte[] { 0x01 });
					pause();
				}
			}
			SSLSocket socket = (SSLSocket) this.tls.getSocketFactory()
				.createSocket(plain, null, plain.getPort(), false);
			socket.setUseClientMode(false);
			socket.startHandshake();
			this.handshakes.incrementAndGet();
			readRequest(socket.getInputStream());
			respond(socket.getOutputStream());
		}
		catch (IOException | RuntimeException ex) {
			// The client went away: what it did is in the counters.
		}
	}

	private void readRequest(InputStream in) throws IOException {
		int matched = 0;
		int read;
		while (matched < REQUEST_END.length && (read = in.read()) != -1) {
			this.bytesRead.incrementAndGet();
			matched = (read == REQUEST_END[matched]) ? matched + 1 : ((read == REQUEST_END[0]) ? 1 : 0);
		}
		// A body, if any, is whatever is in the buffer; it is counted but not needed.
		while (in.available() > 0 && in.read() != -1) {
			this.bytesRead.incrementAndGet();
		}
	}

	private void respond(OutputStream out) throws IOException {
		switch (this.behaviour) {
			case IMPOSTOR ->
				write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
			case DRIBBLE_HEADERS -> {
				write(out, "HTTP/1.1 200 OK\r\n");
				while (true) {
					write(out, "X");
					pause();
				}
			}
			case DRIBBLE_BODY -> {
				write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
				while (true) {
					write(out, " ");
					pause();
				}
			}
			case ENDLESS_PROCESSING -> {
				while (true) {
					write(out, "HTTP/1.1 102 Processing\r\n\r\n");
					pause();
				}
			}
			case ENDLESS_BODY -> {
				write(out, "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
						+ "Transfer-Encoding: chunked\r\n\r\n");
				byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
				while (true) {
					write(out, chunk);
				}
			}
			case GZIP_BOMB -> {
				write(out, "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
						+ "Transfer-Encoding: chunked\r\n\r\n");
				// Zeros compress about a thousandfold: the client would inflate
				// gigabytes.
				OutputStream chunked = new OutputStream() {

					@Override
					public void write(int b) throws IOException {
						write(new byte[] { (byte) b }, 0, 1);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						HostilePeer.this.write(out,
								(Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
						HostilePeer.this.write(out, Arrays.copyOfRange(bytes, offset, offset + length));
						HostilePeer.this.write(out, "\r\n".getBytes(StandardCharsets.US_ASCII));
					}

				};
				try (DeflaterOutputStream zipped = new DeflaterOutputStream(chunked,
						new Deflater(Deflater.BEST_COMPRESSION, true), 65536)) {
					byte[] zeros = new byte[1 << 20];
					while (true) {
						zipped.write(zeros);
					}
				}
			}
			default -> throw new IllegalStateException(this.behaviour.toString());
		}
	}

	private void write(OutputStream out, String text) throws IOException {
		write(out, text.getBytes(StandardCharsets.US_ASCII));
	}

	private void write(OutputStream out, byte[] bytes) throws IOException {
		out.write(bytes);
		out.flush();
		this.bytesWritten.addAndGet(bytes.length);
	}

	// Well inside any socket timeout a test sets, so only a deadline over the whole
	// exchange can stop the client.
	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return this.server.getLocalPort();
	}

	public URI uri(String path) {
		return URI.create("https://127.0.0.1:" + port() + path);
	}

	/**
	 * How many TLS handshakes completed.
	 * @return the count
	 */
	public int handshakes() {
		return this.handshakes.get();
	}

	/**
	 * How many bytes of requests it read after a handshake.
	 * @return the count
	 */
	public long bytesRead() {
		return this.bytesRead.get();
	}

	/**
	 * How many bytes it wrote before the client stopped reading.
	 * @return the count
	 */
	public long bytesWritten() {
		return this.bytesWritten.get();
	}

	/**
	 * How many TCP connections it accepted.
	 * @return the count
	 */
	public int connections() {
		return this.connections.get();
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (SocketException ex) {
			// Closed already.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the peer does.
	 */
	public enum Behaviour {

		/** Presents its own leaf, then the genuine certificate; answers 200. */
		IMPOSTOR,

		/** Sends its handshake one byte at a time, forever. */
		DRIBBLE_HANDSHAKE,

		/** Sends a status line, then header bytes one at a time, forever. */
		DRIBBLE_HEADERS,

		/** Sends headers, then the body one byte at a time, forever. */
		DRIBBLE_BODY,

		/** Answers {@code 102 Processing}, again and again, forever. */
		ENDLESS_PROCESSING,

		/** Answers 400 with a chunked body that never ends, as fast as it can. */
		ENDLESS_BODY,

		/** Answers 400 with a gzip body of endless zeros. */
		GZIP_BOMB

	}

	// One key and the chain to present with it, whatever the client asks for.
	private static final class FixedKey extends X509ExtendedKeyManager {

		private final PrivateKey key;

		private final X509Certificate[] chain;

		FixedKey(PrivateKey key, X509Certificate[] chain) {
			this.key = key;
			this.chain = chain;
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return keyType.startsWith("EC") ? "peer" : null;
		}

		@Override
		public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
			return chooseServerAlias(keyType, issuers, null);
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			return this.chain.clone();
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			return this.key;
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return new String[] { "peer" };
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return new String[0];
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			return null;
		}

	}

}
