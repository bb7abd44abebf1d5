package dev.solutionagent.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import dev.solutionagent.tls.PinnedTls;

/**
 * The JDK HttpsServer under the simulator: TLS 1.3 and 1.2 only, one handler for every
 * path, and a thread per exchange so that a delayed answer holds up no other.
 */
final class SimulatorServer {

	private final HttpsServer server;

	private final ExecutorService executor;

	private SimulatorServer(HttpsServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	static SimulatorServer start(String host, int port, SSLContext context, HttpHandler handler) {
		AtomicInteger threads = new AtomicInteger();
		ExecutorService executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "solution-install-simulator-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(context) {
				@Override
				public void configure(HttpsParameters params) {
					SSLParameters parameters = context.getDefaultSSLParameters();
					parameters.setProtocols(PinnedTls.PROTOCOLS);
					params.setSSLParameters(parameters);
				}
			});
			server.createContext("/", handler);
			server.setExecutor(executor);
			server.start();
			return new SimulatorServer(server, executor);
		}
		catch (IOException ex) {
			executor.shutdownNow();
			throw new SimulatorException("the simulator cannot listen on %s port %d (%s); pick another --port"
				.formatted(host, port, ex.getMessage()), ex);
		}
	}

	InetSocketAddress address() {
		return this.server.getAddress();
	}

	/**
	 * Close the listener and every connection, and interrupt handlers still waiting out a
	 * delay.
	 */
	void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
