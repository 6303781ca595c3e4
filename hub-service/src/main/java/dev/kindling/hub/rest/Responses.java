package dev.kindling.hub.rest;

import dev.kindling.common.idempotency.Outcome;
import dev.kindling.hub.service.Tagged;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** Small helpers the resources share. */
final class Responses {
    static final String PROBLEM = "application/problem+json";
    static final String IF_MATCH = "If-Match";

    private Responses() {}

    /** 200 with the body and its ETag. */
    static Response ok(Tagged<?> tagged) {
        return Response.ok(tagged.body()).header("ETag", tagged.etag()).build();
    }

    /** The outcome of a create: 201, Location, ETag, body. */
    static Outcome created(String path, UUID id, Tagged<?> tagged) {
        return Outcome.created(URI.create(path + "/" + id), tagged.etag(), tagged.body());
    }

    /** The outcome of an action: 200, ETag, body. */
    static Outcome done(Tagged<?> tagged) {
        return Outcome.ok(tagged.etag(), tagged.body());
    }

    /** What an action's Idempotency-Key fingerprint covers: the target and the body. */
    record ActionRequest(UUID id, Object body) {}
}
