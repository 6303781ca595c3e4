package dev.kindling.common.idempotency;

import dev.kindling.common.rest.Versioned;
import java.net.URI;
import java.util.UUID;

/**
 * What a write produced: status, Location (for 201), ETag and body. The idempotency mechanism stores
 * it so that a retry with the same key gets the same answer. Resources build it from what the service
 * returned; services never see it.
 */
public record Outcome(int status, URI location, String etag, Object body) {

    /** 201 at {@code collectionPath/id}, with the view and its ETag. */
    public static Outcome created(String collectionPath, UUID id, Versioned<?> created) {
        return new Outcome(201, URI.create(collectionPath + "/" + id), created.etag(), created.view());
    }

    /** 201 for something without a version of its own (a snapshot, a mark, a payment). */
    public static Outcome created(URI location, Object body) {
        return new Outcome(201, location, null, body);
    }

    /** 202: the write is held (e.g. for approval); Location names what to follow, with its ETag. */
    public static Outcome accepted(String collectionPath, UUID id, Versioned<?> held) {
        return new Outcome(202, URI.create(collectionPath + "/" + id), held.etag(), held.view());
    }

    /** 200 with the changed resource and its new ETag (an action). */
    public static Outcome ok(Versioned<?> changed) {
        return new Outcome(200, null, changed.etag(), changed.view());
    }
}
