package dev.solutionagent.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A loopback port that nothing may connect to: a test document names it as the address of
 * an external entity, and the test proves afterwards that the entity was never fetched.
 * The kernel completes a TCP handshake into the backlog without any accept, so a
 * non-blocking accept after the run sees every connection there was, without waiting.
 */
public final class ConnectionTrap implements AutoCloseable {

	private final ServerSocketChannel channel;

	private ConnectionTrap(ServerSocketChannel channel) {
		this.channel = channel;
	}

	public static ConnectionTrap open() throws IOException {
		ServerSocketChannel channel = ServerSocketChannel.open();
		channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		channel.configureBlocking(false);
		return new ConnectionTrap(channel);
	}

	public int port() throws IOException {
		return ((InetSocketAddress) this.channel.getLocalAddress()).getPort();
	}

	/**
	 * Take every connection made so far.
	 * @return how many there were
	 * @throws IOException when the channel fails
	 */
	public int connections() throws IOException {
		int count = 0;
		for (SocketChannel connection = this.channel.accept(); connection != null; connection = this.channel.accept()) {
			connection.close();
			count++;
		}
		return count;
	}

	@Override
	public void close() throws IOException {
		this.channel.close();
	}

}
