package dev.kindling.hub.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures, Stripe-style: {@code Kindling-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>]},
 * each v1 the HMAC-SHA256, keyed with an endpoint secret, of {@code <t>.<body>}. During a secret
 * rotation's grace period a delivery carries one v1 per secret. A receiver recomputes the HMAC with its
 * secret, compares in constant time, and refuses a t too far from its clock (the README's snippets).
 */
public final class Signatures {
    public static final String HEADER = "Kindling-Signature";
    private static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    /** A new signing secret: 32 random bytes, base64url, with a prefix that makes it recognisable in a leak. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The header value for this body sent at this time, signed with each secret. */
    public static String header(long timestamp, String body, List<String> secrets) {
        return "t=" + timestamp + ","
                + secrets.stream()
                        .map(secret -> "v1=" + hmac(secret, timestamp + "." + body))
                        .collect(Collectors.joining(","));
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
