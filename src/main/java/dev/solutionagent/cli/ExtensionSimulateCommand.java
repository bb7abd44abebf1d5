package dev.solutionagent.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.solutionagent.ExitStatus;
import dev.solutionagent.simulator.vim.VimSimulator;
import dev.solutionagent.tls.SelfSignedCertificate;

/**
 * {@code extension simulate}: a local vim25 endpoint with a strict ExtensionManager, to
 * try the extension commands without a vCenter.
 */
final class ExtensionSimulateCommand implements Command {

	static final String USER = "administrator@vsphere.local";

	@Override
	public Spec spec() {
		return new Spec("extension simulate",
				"Run a local vim25 simulator with a strict ExtensionManager, to try the other subcommands",
				ExtensionOptions.SIMULATOR, Spec.USAGE_ONLY,
				"""
						Listens on https://127.0.0.1:PORT/sdk with a fresh self-signed certificate (made with the JDK's
						keytool, never stored), answers RetrieveServiceContent, Login, Logout and the ExtensionManager's
						Find/Register/Update/UnregisterExtension as strictly as vCenter reads them (WSDL element order,
						required fields, a session for everything but Login), and writes a credentials file for its one
						user. It prints the certificate's thumbprint to pin. Stop it with Ctrl-C.

						Examples:
						  solution-agent extension simulate
						  solution-agent extension simulate --port 9443 --credentials-out /tmp/vcsim.cred --run-for 10m""");
	}

	@Override
	public ExitStatus run(CommandContext context) {
		ExtensionOptions.Extension settings = context.settings().extension();
		SelfSignedCertificate tls = SelfSignedCertificate.generate("vim25 simulator", context.clock());
		String password = randomPassword();
		writeCredentials(settings.simulatorCredentials(), password);
		CountDownLatch stopped = new CountDownLatch(1);
		try (VimSimulator simulator = VimSimulator.start(tls.serverContext(), Map.of(USER, password),
				new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.simulatorPort()))) {
			Thread hook = new Thread(stopped::countDown, "vim-simulator-stop");
			Runtime.getRuntime().addShutdownHook(hook);
			context.out()
				.printf("""
						vim25 simulator listening on %s (Ctrl-C stops it)
						certificate thumbprint: %s
						credentials file:       %s (user %s)
						Try:
						  solution-agent extension register --vcenter %s --vcenter-thumbprint %s \\
						      --credentials %s --descriptor examples/extension.yaml --ovf-env examples/ovf-env.xml \\
						      --certificate examples/plugin-server.pem --appliance-address 10.0.0.50 --skip-preflight
						""", simulator.sdk(), tls.sha256(), settings.simulatorCredentials(), USER, simulator.sdk(),
						tls.sha256(), settings.simulatorCredentials());
			context.out().flush();
			await(stopped, settings);
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// The JVM is already shutting down (Ctrl-C): nothing left to remove.
			}
		}
		return ExitStatus.OK;
	}

	private static void await(CountDownLatch stopped, ExtensionOptions.Extension settings) {
		try {
			if (settings.simulatorRunFor().isPresent()) {
				stopped.await(settings.simulatorRunFor().get().toMillis(), TimeUnit.MILLISECONDS);
			}
			else {
				stopped.await();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void writeCredentials(Path file, String password) {
		try {
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, "# The vim25 simulator's user; it changes at every start\nusername=" + USER
					+ "\npassword=" + password + "\n");
		}
		catch (IOException ex) {
			throw new UsageException("the credentials file %s cannot be written (%s); pass --credentials-out FILE"
				.formatted(file, ex.getMessage()));
		}
	}

}
