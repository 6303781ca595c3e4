package dev.kindling.common.rest;

import dev.kindling.common.persistence.ETags;

/**
 * What a service answers for one resource: its view and the version it shows, so that the resource can
 * answer the ETag (and a client send it back as If-Match). Services return it; resources turn it into
 * HTTP with {@link Responses} or an idempotent {@code Outcome}.
 */
public record Versioned<T>(T view, long version) {
    public String etag() {
        return ETags.of(version);
    }
}
