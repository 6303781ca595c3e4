package dev.kindling.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** Writes problem responses from Vert.x handlers (routing, limits, tokens), where JAX-RS mappers do not run. */
public final class ProblemJson {
    private ProblemJson() {}

    /** The problem body for a request, as bytes. */
    public static Buffer body(HttpServerRequest request, int status, String slug, String detail) {
        Problem problem =
                Problem.of(status, slug, detail, request.path(), request.getHeader(RequestContext.REQUEST_ID));
        return Json.encodeToBuffer(problem);
    }

    /** Ends the response with a problem; the extra headers (e.g. Retry-After) go along. */
    public static void send(RoutingContext rc, int status, String slug, String detail, Map<String, String> headers) {
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return; // answered already (e.g. by Quarkus' authentication failure handling)
        }
        if (response.headWritten()) {
            rc.request().connection().close();
            return;
        }
        headers.forEach(response::putHeader);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(rc.request(), status, slug, detail));
    }

    public static void send(RoutingContext rc, int status, String slug, String detail) {
        send(rc, status, slug, detail, Map.of());
    }
}
