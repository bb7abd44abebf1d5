package dev.solutionagent.tls;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One deadline over everything an exchange does on its sockets: connect, TLS handshake,
 * request, response headers and body. Socket timeouts bound each read; a peer that
 * dribbles one byte just inside every timeout, or never stops sending, is only stopped by
 * closing the socket, which this does when the deadline passes, and again when the
 * exchange ends, so that nothing drains what is left of an answer.
 */
public final class SocketDeadline implements AutoCloseable {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "socket-deadline");
		thread.setDaemon(true);
		return thread;
	});

	private static final Executor RESOLVER = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "name-lookup");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration budget;

	private final long end;

	private final List<Closeable> sockets = new CopyOnWriteArrayList<>();

	private final ScheduledFuture<?> timer;

	private volatile boolean expired;

	private volatile boolean closed;

	private volatile boolean handshaken;

	private SocketDeadline(Duration budget) {
		this.budget = budget;
		this.end = System.nanoTime() + budget.toNanos();
		this.timer = WATCHDOG.schedule(this::expire, Math.max(0, budget.toNanos()), TimeUnit.NANOSECONDS);
	}

	/**
	 * Start the clock of one exchange.
	 * @param budget how long the whole exchange may take
	 * @return the deadline, to be closed when the exchange ends
	 */
	public static SocketDeadline start(Duration budget) {
		return new SocketDeadline(budget.isNegative() ? Duration.ZERO : budget);
	}

	/**
	 * Put a socket under this deadline; a socket registered after it passed is closed at
	 * once.
	 * @param socket the socket
	 */
	public void register(Closeable socket) {
		this.sockets.add(socket);
		if (this.expired || this.closed) {
			closeQuietly(socket);
		}
	}

	/**
	 * Note that the TLS handshake completed: from now on a request may have been written.
	 */
	public void handshakeCompleted() {
		this.handshaken = true;
	}

	/**
	 * Whether the TLS handshake completed, so that the peer may have read a request.
	 * @return {@code true} once the handshake completed
	 */
	public boolean handshakeWasCompleted() {
		return this.handshaken;
	}

	/**
	 * Whether the deadline passed before the exchange ended.
	 * @return {@code true} when the sockets were closed for lack of time
	 */
	public boolean hasExpired() {
		return this.expired;
	}

	/**
	 * The time left, for a connect timeout or a name look-up.
	 * @return the time left, zero once passed
	 */
	public Duration remaining() {
		long left = this.end - System.nanoTime();
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	/**
	 * A socket connect timeout that ends no later than the deadline.
	 * @param timeout the configured connect timeout
	 * @return milliseconds, at least 1
	 */
	public int connectTimeoutMillis(Duration timeout) {
		long millis = Math.min(timeout.toMillis(), remaining().toMillis());
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
	}

	/**
	 * Look a host name up, giving up when the deadline passes: the system resolver may
	 * wait far longer, and cannot be interrupted, so it runs on a thread of its own.
	 * @param host the host name or address literal
	 * @return its addresses
	 * @throws UnknownHostException when the name does not resolve, or not in time
	 */
	public InetAddress[] resolve(String host) throws UnknownHostException {
		CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
			try {
				return InetAddress.getAllByName(host);
			}
			catch (UnknownHostException ex) {
				throw new CompletionException(ex);
			}
		}, RESOLVER);
		try {
			return lookup.get(remaining().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			this.expired = true;
			throw new UnknownHostException(
					"%s did not resolve within the exchange's %s s".formatted(host, this.budget.toSeconds()));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnknownHostException unknown) {
				throw unknown;
			}
			throw new UnknownHostException(host + " cannot be resolved (" + ex.getCause() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnknownHostException(host + " was not resolved: interrupted");
		}
	}

	private void expire() {
		this.expired = true;
		this.sockets.forEach(SocketDeadline::closeQuietly);
	}

	/**
	 * End the exchange: the sockets are closed, so whatever the peer still sends is never
	 * read.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.timer.cancel(false);
		this.sockets.forEach(SocketDeadline::closeQuietly);
	}

	private static void closeQuietly(Closeable socket) {
		try {
			if (socket instanceof Socket plain) {
				// Abortive close: the peer learns at once, and no FIN_WAIT lingers.
				plain.setSoLinger(true, 0);
			}
			socket.close();
		}
		catch (IOException ex) {
			// Closing is all that is asked; a socket that fails to close is already dead.
		}
	}

}
