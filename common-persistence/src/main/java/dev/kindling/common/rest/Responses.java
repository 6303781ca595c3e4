package dev.kindling.common.rest;

import jakarta.ws.rs.core.Response;

/** The answers of reads and of writes without an Idempotency-Key (PUT, DELETE): 200 with the ETag. */
public final class Responses {
    private Responses() {}

    /** 200, the view, and its ETag. */
    public static Response ok(Versioned<?> versioned) {
        return Response.ok(versioned.view()).header("ETag", versioned.etag()).build();
    }
}
