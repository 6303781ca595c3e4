package dev.kindling.common.problem;

import dev.kindling.common.web.RequestIdFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * Writes problem responses from Vert.x handlers (the gateway's routing, limits and token check), where
 * JAX-RS mappers do not run: the same body as {@link ProblemResponses}, from the same catalogue.
 */
public final class ProblemJson {
    private ProblemJson() {}

    /** The problem body for a request, as bytes. */
    public static Buffer body(HttpServerRequest request, ProblemType type, String detail) {
        Problem problem =
                Problem.of(type, detail, List.of(), request.path(), request.getHeader(RequestIdFilter.HEADER));
        return Json.encodeToBuffer(problem);
    }

    /** Ends the response with a problem; the extra headers (e.g. Retry-After) go along. */
    public static void send(RoutingContext rc, ProblemType type, String detail, Map<String, String> headers) {
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return; // answered already (e.g. by Quarkus' authentication failure handling)
        }
        if (response.headWritten()) {
            rc.request().connection().close();
            return;
        }
        headers.forEach(response::putHeader);
        response.setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(rc.request(), type, detail));
    }

    public static void send(RoutingContext rc, ProblemType type, String detail) {
        send(rc, type, detail, Map.of());
    }
}
