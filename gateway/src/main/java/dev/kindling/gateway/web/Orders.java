package dev.kindling.gateway.web;

/**
 * Where the gateway's Vert.x handlers sit in the router (lower runs first). Quarkus runs CORS and
 * authentication filters at orders -300 and -200, and its own body-size check at -2, before these
 * except where noted; the proxy routes run before the JAX-RS handler of the gateway's own endpoints.
 */
public final class Orders {
    /** Request id and log context come first of all (common-web's RequestIdFilter); then traceparent. */
    public static final int TRACE_CONTEXT = Integer.MIN_VALUE + 1;
    /** The route template that labels the request's metrics, before anything can answer it. */
    public static final int METRICS_TEMPLATE = Integer.MIN_VALUE + 2;
    /** The merged OpenAPI document replaces the generated one at /q/openapi. */
    public static final int OPENAPI = -1000;
    /** Bearer token check, after Quarkus has set up the (lazy) identity. */
    public static final int TOKEN = -50;

    public static final int RATE_LIMIT = -40;
    /** Before Quarkus' own body limit (-2), which would close the connection without a problem body. */
    public static final int BODY_LIMIT = -30;

    public static final int PROXY = -10;

    private Orders() {}
}
