package dev.solutionagent.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SelfSignedCertificateTests {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.750Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@TempDir
	Path directory;

	private HttpsServer server;

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void generateThenCertificateFactoryParsesAVersion3SelfSignedCertificate() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test", CLOCK);
		X509Certificate certificate = CertificateFiles.readFirst(writePem(generated));
		assertThat(certificate).isEqualTo(generated.certificate());
		assertThat(certificate.getVersion()).isEqualTo(3);
		assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=vcenter.test");
		assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
		assertThat(certificate.getSerialNumber().signum()).isPositive();
		assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
		assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
	}

	@Test
	void generateThenSignatureVerifiesWithItsOwnPublicKey() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test", CLOCK);
		generated.certificate().verify(generated.certificate().getPublicKey());
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initVerify(generated.certificate().getPublicKey());
		signature.update(generated.certificate().getTBSCertificate());
		assertThat(signature.verify(generated.certificate().getSignature())).isTrue();
	}

	@Test
	void generateWhenNamesGivenThenSubjectAltNameHoldsThem() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test",
				List.of("vcsa-01.example.com", "localhost"),
				List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")), Duration.ofDays(2), CLOCK);
		assertThat(generated.certificate().getSubjectAlternativeNames()).containsExactly(
				List.of(2, "vcsa-01.example.com"), List.of(2, "localhost"), List.of(7, "127.0.0.1"),
				List.of(7, "0:0:0:0:0:0:0:1"));
	}

	@Test
	void generateWhenNoNamesGivenThenLocalhostAndLoopback() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test", List.of(), List.of(),
				Duration.ofDays(1), CLOCK);
		assertThat(generated.certificate().getSubjectAlternativeNames()).containsExactly(List.of(2, "localhost"),
				List.of(7, "127.0.0.1"));
	}

	@Test
	void generateThenExtensionsMakeAServerOnlyLeaf() throws Exception {
		X509Certificate certificate = SelfSignedCertificate.generate("vcenter.test", CLOCK).certificate();
		assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
		assertThat(certificate.getKeyUsage()).startsWith(true, false, false, false, false, false);
		assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
		assertThat(certificate.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.15", "2.5.29.19");
	}

	@Test
	void generateThenValidityFollowsTheClock() {
		X509Certificate certificate = SelfSignedCertificate
			.generate("vcenter.test", List.of("localhost"), List.of(), Duration.ofDays(10), CLOCK)
			.certificate();
		assertThat(certificate.getNotBefore().toInstant()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
		assertThat(certificate.getNotAfter().toInstant()).isEqualTo(Instant.parse("2026-03-11T12:00:00Z"));
	}

	@Test
	void generateWhenValidityReaches2050ThenGeneralizedTimeParses() {
		X509Certificate certificate = SelfSignedCertificate
			.generate("vcenter.test", List.of("localhost"), List.of(), Duration.ofDays(365 * 30), CLOCK)
			.certificate();
		assertThat(certificate.getNotAfter().toInstant()).isAfter(Instant.parse("2050-01-01T00:00:00Z"));
	}

	@Test
	void generateWhenNonAsciiDnsNameThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> SelfSignedCertificate.generate("x", List.of("bücher.de"), List.of(), Duration.ofDays(1), CLOCK))
			.withMessageContaining("bücher.de");
	}

	@Test
	void sha256ThenMatchesTheThumbprintOfTheWrittenFile() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test", CLOCK);
		Path file = writePem(generated);
		assertThat(CertificateFiles.sha256Thumbprint(file)).isEqualTo(generated.sha256());
		assertThat(Files.readString(file)).startsWith("-----BEGIN CERTIFICATE-----\n").doesNotContain("PRIVATE KEY");
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
		}
	}

	@Test
	void serverContextWhenClientPinsTheThumbprintThenHandshakeCompletes() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test", CLOCK);
		int port = startServer(generated.serverContext());
		HttpResponse<String> response = client(new PinnedTrustManager(generated.sha256(), "127.0.0.1:" + port)).send(
				HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("hello");
		assertThat(response.sslSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
	}

	@Test
	void serverContextWhenClientPinsAnotherThumbprintThenHandshakeFailsWithPinMismatch() throws Exception {
		SelfSignedCertificate generated = SelfSignedCertificate.generate("vcenter.test", CLOCK);
		Thumbprint otherPin = SelfSignedCertificate.generate("other.test", CLOCK).sha256();
		int port = startServer(generated.serverContext());
		HttpClient client = client(new PinnedTrustManager(otherPin, "127.0.0.1:" + port));
		HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/")).build();
		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
			.satisfies((ex) -> assertThat(causes(ex)).anyMatch(PinMismatchException.class::isInstance));
	}

	private int startServer(SSLContext context) throws IOException {
		this.server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setHttpsConfigurator(new HttpsConfigurator(context) {
			@Override
			public void configure(HttpsParameters params) {
				SSLParameters parameters = context.getDefaultSSLParameters();
				parameters.setProtocols(PinnedTls.PROTOCOLS);
				params.setSSLParameters(parameters);
			}
		});
		this.server.createContext("/", (exchange) -> {
			byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		return this.server.getAddress().getPort();
	}

	private static HttpClient client(PinnedTrustManager trust) {
		return HttpClient.newBuilder()
			.sslContext(PinnedTls.context(trust))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
	}

	private Path writePem(SelfSignedCertificate generated) {
		Path file = this.directory.resolve("server.pem");
		generated.writeCertificatePem(file);
		return file;
	}

}
