package dev.kindling.common.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Real RS256 tokens for tests of every module (services, gateway, suite): a key pair made once per JVM,
 * its public key written to a file that the module under test verifies with, exactly as in
 * production, and the bad tokens a verifier must refuse.
 */
public final class TestTokens {
    public static final String ISSUER = "https://kindling.dev/test";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();
    /** The issuer's private key (PKCS#8 PEM), for a service that signs tokens of its own (hub-service's webhook sender). */
    public static final Path PRIVATE_KEY =
            writePem("PRIVATE KEY", KEYS.getPrivate().getEncoded());

    private TestTokens() {}

    /** Configuration that makes a service verify tokens from this class. */
    public static Map<String, String> config() {
        return Map.of(
                "mp.jwt.verify.issuer",
                ISSUER,
                "mp.jwt.verify.publickey.location",
                PUBLIC_KEY.toUri().toString(),
                "smallrye.jwt.sign.key.location",
                PRIVATE_KEY.toString());
    }

    public static String admin() {
        return token("admin-user", Set.of("admin"), List.of());
    }

    public static String manager() {
        return token("manager-user", Set.of("manager"), List.of());
    }

    public static String viewer() {
        return token("viewer-user", Set.of("viewer"), List.of());
    }

    /** A partner limited to the hubs with these codes. */
    public static String partner(String... hubCodes) {
        return token("partner-" + String.join("-", hubCodes), Set.of("partner"), List.of(hubCodes));
    }

    /** A reviewer with this subject (assignments name it), limited to the hubs with these codes. */
    public static String reviewer(String subject, String... hubCodes) {
        return token(subject, Set.of("reviewer"), List.of(hubCodes));
    }

    /** A token of this role with a subject of its own, so that per-subject limits of one test touch no other. */
    public static String role(String role) {
        return token(role + "-" + UUID.randomUUID(), Set.of(role), List.of());
    }

    /** A partner of these hubs with a subject of its own. */
    public static String uniquePartner(String... hubCodes) {
        return token("partner-" + UUID.randomUUID(), Set.of("partner"), List.of(hubCodes));
    }

    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .subject("late")
                .groups(Set.of("admin"))
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .sign(KEYS.getPrivate());
    }

    public static String wronglySigned() {
        return Jwt.issuer(ISSUER).subject("forger").groups(Set.of("admin")).sign(OTHER_KEYS.getPrivate());
    }

    public static String wrongIssuer() {
        return Jwt.issuer("https://evil.example")
                .subject("x")
                .groups(Set.of("admin"))
                .sign(KEYS.getPrivate());
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public static String algNone() {
        long now = System.currentTimeMillis() / 1000;
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64Url("{\"iss\":\"" + ISSUER + "\",\"sub\":\"none\",\"groups\":[\"admin\"],\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}");
        return header + "." + claims + ".";
    }

    public static String token(String subject, Set<String> roles, List<String> hubs) {
        return Jwt.issuer(ISSUER)
                .upn(subject)
                .subject(subject)
                .groups(roles)
                .claim("hubs", hubs)
                .expiresIn(3600)
                .sign(KEYS.getPrivate());
    }

    /** The bearer header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static java.security.PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        return writePem("PUBLIC KEY", KEYS.getPublic().getEncoded());
    }

    private static Path writePem(String kind, byte[] encoded) {
        try {
            Path file = Files.createTempFile("kindling-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN " + kind + "-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(encoded)
                    + "\n-----END " + kind + "-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
