package dev.kindling.hub.service;

/** A view with the ETag of the version it shows. */
public record Tagged<T>(T body, String etag) {}
