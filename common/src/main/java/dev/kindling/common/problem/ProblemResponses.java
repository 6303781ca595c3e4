package dev.kindling.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem responses; the one place that knows their shape and media type. */
public final class ProblemResponses {
    public static final String REQUEST_ID = "X-Request-Id";

    private ProblemResponses() {}

    public static Response of(ProblemException e, HttpServerRequest request) {
        return build(e.status(), e.slug(), e.getMessage(), e.errors(), e.headers(), request);
    }

    public static Response of(int status, String slug, String detail, HttpServerRequest request) {
        return build(status, slug, detail, List.of(), Map.of(), request);
    }

    public static Response build(
            int status,
            String slug,
            String detail,
            List<FieldError> errors,
            Map<String, String> headers,
            HttpServerRequest request) {
        Problem body = new Problem(
                Problem.TYPE_BASE + slug,
                ProblemException.titleOf(status),
                status,
                detail,
                request == null ? null : request.path(),
                request == null ? null : request.getHeader(REQUEST_ID),
                errors);
        Response.ResponseBuilder builder =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }
}
