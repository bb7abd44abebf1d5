package dev.solutionagent.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The to-be-signed part of a self-signed TLS server certificate (RFC 5280), DER encoded:
 * version 3, one common name as subject and issuer, and the four extensions a TLS server
 * certificate needs.
 *
 * @param serial the serial number, positive
 * @param commonName the subject and issuer CN
 * @param notBefore the start of validity, whole seconds
 * @param notAfter the end of validity, whole seconds
 * @param dnsNames the subjectAltName DNS names
 * @param ips the subjectAltName IP addresses
 * @param publicKey the subject's public key
 */
record CertificateTemplate(BigInteger serial, String commonName, Instant notBefore, Instant notAfter,
		List<String> dnsNames, List<InetAddress> ips, PublicKey publicKey) {

	/** ecdsa-with-SHA256 (RFC 5758), written without parameters. */
	static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";

	private static final String COMMON_NAME = "2.5.4.3";

	private static final String SUBJECT_ALT_NAME = "2.5.29.17";

	private static final String KEY_USAGE = "2.5.29.15";

	private static final String BASIC_CONSTRAINTS = "2.5.29.19";

	private static final String EXTENDED_KEY_USAGE = "2.5.29.37";

	private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

	CertificateTemplate {
		dnsNames = List.copyOf(dnsNames);
		ips = List.copyOf(ips);
	}

	/**
	 * Sign the template into a complete certificate.
	 * @param key the private key of {@code publicKey}: the certificate is self-signed
	 * @param random the randomness ECDSA needs
	 * @return the certificate's DER encoding
	 * @throws GeneralSecurityException when the JDK cannot sign
	 */
	byte[] sign(PrivateKey key, SecureRandom random) throws GeneralSecurityException {
		byte[] tbs = encode();
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initSign(key, random);
		signature.update(tbs);
		return Der.sequence(tbs, signatureAlgorithm(), Der.bitString(signature.sign(), 0));
	}

	// The same AlgorithmIdentifier goes inside the signed part and after it.
	private static byte[] signatureAlgorithm() {
		return Der.sequence(Der.oid(ECDSA_WITH_SHA256));
	}

	/**
	 * The TBSCertificate element that gets signed.
	 * @return the DER encoding
	 */
	byte[] encode() {
		byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(this.commonName))));
		return Der.sequence(Der.explicit(0, Der.integer(BigInteger.TWO)), Der.integer(this.serial),
				signatureAlgorithm(), name, Der.sequence(Der.time(this.notBefore), Der.time(this.notAfter)), name,
				this.publicKey.getEncoded(), Der.explicit(3, Der.sequence(extensions())));
	}

	private byte[][] extensions() {
		List<byte[]> names = new ArrayList<>();
		this.dnsNames.forEach((dns) -> names.add(Der.implicit(2, dns.getBytes(StandardCharsets.US_ASCII))));
		this.ips.forEach((ip) -> names.add(Der.implicit(7, ip.getAddress())));
		return new byte[][] { extension(SUBJECT_ALT_NAME, false, Der.sequence(names.toArray(byte[][]::new))),
				// cA defaults to false, and DER leaves defaults out: an empty sequence.
				extension(BASIC_CONSTRAINTS, true, Der.sequence()),
				// digitalSignature is bit 0: one octet 0x80 with seven unused bits.
				extension(KEY_USAGE, true, Der.bitString(new byte[] { (byte) 0x80 }, 7)),
				extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))) };
	}

	private static byte[] extension(String oid, boolean critical, byte[] value) {
		if (critical) {
			return Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value));
		}
		return Der.sequence(Der.oid(oid), Der.octetString(value));
	}

}
