package dev.kindling.startup.service;

import dev.kindling.common.persistence.ETags;

/** A view with the version it shows, so the resource can answer its ETag. */
public record Versioned<T>(T view, long version) {
    public String etag() {
        return ETags.of(version);
    }
}
