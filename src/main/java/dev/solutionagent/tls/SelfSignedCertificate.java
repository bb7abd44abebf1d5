package dev.solutionagent.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * An EC P-256 key pair and a self-signed TLS server certificate for it, made with the JDK
 * alone, for the simulator and tests. The private key stays in memory.
 */
public final class SelfSignedCertificate {

	/** The subjectAltName DNS names when none are given. */
	public static final List<String> DEFAULT_DNS_NAMES = List.of("localhost");

	/** The subjectAltName IP addresses when none are given. */
	public static final List<InetAddress> DEFAULT_IPS = List.of(ipv4Loopback());

	/** The validity of {@link #generate(String, Clock)}. */
	public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final X509Certificate certificate;

	private final PrivateKey privateKey;

	private SelfSignedCertificate(X509Certificate certificate, PrivateKey privateKey) {
		this.certificate = certificate;
		this.privateKey = privateKey;
	}

	/**
	 * A certificate for {@code localhost} and {@code 127.0.0.1}, valid for 30 days.
	 * @param commonName the subject and issuer CN
	 * @param clock the clock validity starts from
	 * @return the certificate and its key
	 */
	public static SelfSignedCertificate generate(String commonName, Clock clock) {
		return generate(commonName, DEFAULT_DNS_NAMES, DEFAULT_IPS, DEFAULT_VALIDITY, clock);
	}

	/**
	 * Generate a key pair and a certificate valid from an hour before now (to absorb
	 * clock skew) until {@code validity} after now.
	 * @param commonName the subject and issuer CN
	 * @param dnsNames subjectAltName DNS names, ASCII
	 * @param ips subjectAltName IP addresses; with no DNS names either, the defaults
	 * @param validity how long after now the certificate stays valid
	 * @param clock the clock "now" comes from
	 * @return the certificate and its key
	 */
	public static SelfSignedCertificate generate(String commonName, List<String> dnsNames, List<InetAddress> ips,
			Duration validity, Clock clock) {
		if (commonName.isBlank()) {
			throw new IllegalArgumentException("commonName is empty");
		}
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("validity is " + validity + "; expected a positive duration");
		}
		dnsNames.stream().filter((name) -> !name.matches("[A-Za-z0-9.*-]+")).findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException("DNS name '" + name + "' is not an ASCII host name");
		});
		boolean noNames = dnsNames.isEmpty() && ips.isEmpty();
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			KeyPair keys = generator.generateKeyPair();
			Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
			byte[] der = new CertificateTemplate(serial(), commonName, now.minus(Duration.ofHours(1)),
					now.plus(validity), noNames ? DEFAULT_DNS_NAMES : dnsNames, noNames ? DEFAULT_IPS : ips,
					keys.getPublic())
				.sign(keys.getPrivate(), RANDOM);
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
			return new SelfSignedCertificate(certificate, keys.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("JDK cannot make an EC P-256 certificate: " + ex.getMessage(), ex);
		}
	}

	private static InetAddress ipv4Loopback() {
		try {
			return InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Positive, 16 octets, never zero: what RFC 5280 asks of a serial number.
	private static BigInteger serial() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		bytes[0] = (byte) ((bytes[0] & 0x7F) | 0x40);
		return new BigInteger(1, bytes);
	}

	public X509Certificate certificate() {
		return this.certificate;
	}

	public PrivateKey privateKey() {
		return this.privateKey;
	}

	/**
	 * The SHA-256 thumbprint, as pinned by clients and written to OVF environments.
	 * @return the thumbprint
	 */
	public Thumbprint sha256() {
		return Thumbprint.of(this.certificate, Thumbprint.Algorithm.SHA256);
	}

	/**
	 * A server context presenting this certificate, its key held in an in-memory PKCS12
	 * key store. Servers should still enable only {@link PinnedTls#PROTOCOLS}.
	 * @return a new context
	 */
	public SSLContext serverContext() {
		try {
			char[] password = Base64.getEncoder().encodeToString(RANDOM.generateSeed(12)).toCharArray();
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("server", this.privateKey, password, new Certificate[] { this.certificate });
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, password);
			SSLContext context = SSLContext.getInstance("TLS");
			// Never asks for client certificates; an empty trust list refuses any
			// offered.
			context.init(keys.getKeyManagers(), new TrustManager[0], new SecureRandom());
			return context;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("TLS server context cannot be built: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The certificate in PEM form.
	 * @return one {@code CERTIFICATE} block
	 */
	public String certificatePem() {
		return CertificateFiles.toPem(this.certificate);
	}

	/**
	 * Write the certificate (never the key) as PEM, readable by everyone (0644).
	 * @param file the file to write or replace
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public void writeCertificatePem(Path file) {
		CertificateFiles.writePem(file, this.certificate);
	}

	@Override
	public String toString() {
		return "SelfSignedCertificate[" + this.certificate.getSubjectX500Principal().getName() + ", SHA-256 " + sha256()
				+ "]";
	}

}
