package dev.kindling.gateway;

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
 * Real RS256 tokens for the gateway's tests (the gateway cannot use common's test-jar): a key pair per
 * JVM whose public key the gateway verifies with, and the bad tokens it must refuse. Every token has
 * its own subject, so that rate limits of one test never touch another.
 */
public final class TestTokens {
    public static final String ISSUER = "https://kindling.dev/test";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {}

    public static Map<String, String> config() {
        return Map.of(
                "mp.jwt.verify.issuer",
                ISSUER,
                "mp.jwt.verify.publickey.location",
                PUBLIC_KEY.toUri().toString());
    }

    public static String role(String role) {
        return token(role + "-" + UUID.randomUUID(), role, List.of());
    }

    public static String partner(String... hubs) {
        return token("partner-" + UUID.randomUUID(), "partner", List.of(hubs));
    }

    public static String token(String subject, String role, List<String> hubs) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("hubs", hubs)
                .expiresIn(3600)
                .sign(KEYS.getPrivate());
    }

    public static String expired() {
        return Jwt.issuer(ISSUER)
                .subject("late")
                .groups(Set.of("admin"))
                .issuedAt(System.currentTimeMillis() / 1000 - 7200)
                .expiresAt(System.currentTimeMillis() / 1000 - 3600)
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
        try {
            Path file = Files.createTempFile("kindling-gateway-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
