package dev.kindling.hub.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of {@code Kindling-Signature}, written as the README tells partners to (its Java
 * snippet), independently of the sender's code: some v1 must be the HMAC-SHA256 of {@code <t>.<body>}
 * with the receiver's secret, and t within the tolerance of the receiver's clock.
 */
final class SignatureVerifier {
    private SignatureVerifier() {}

    static boolean verify(String header, String body, String secret, long nowSeconds, long toleranceSeconds)
            throws Exception {
        long timestamp = -1;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                timestamp = Long.parseLong(kv[1]);
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (timestamp < 0 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatures) {
            if (MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
                return true;
            }
        }
        return false;
    }
}
