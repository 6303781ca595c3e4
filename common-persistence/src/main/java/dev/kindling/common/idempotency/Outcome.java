package dev.kindling.common.idempotency;

import java.net.URI;

/**
 * What a write produced: status, Location (for 201), ETag and body. The idempotency mechanism
 * stores it so that a retry with the same key gets the same answer.
 */
public record Outcome(int status, URI location, String etag, Object body) {

    public static Outcome created(URI location, String etag, Object body) {
        return new Outcome(201, location, etag, body);
    }

    public static Outcome ok(String etag, Object body) {
        return new Outcome(200, null, etag, body);
    }
}
