package dev.kindling.common.problem;

import dev.kindling.common.web.RequestIdFilter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds JAX-RS problem responses; {@link ProblemJson} does the same for Vert.x routes. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response of(ProblemException e, HttpServerRequest request) {
        return build(e.type(), e.getMessage(), e.errors(), e.headers(), request);
    }

    public static Response of(ProblemType type, String detail, HttpServerRequest request) {
        return build(type, detail, List.of(), Map.of(), request);
    }

    public static Response build(
            ProblemType type,
            String detail,
            List<FieldError> errors,
            Map<String, String> headers,
            HttpServerRequest request) {
        Problem body = Problem.of(
                type,
                detail,
                errors,
                request == null ? null : request.path(),
                request == null ? null : request.getHeader(RequestIdFilter.HEADER));
        Response.ResponseBuilder builder =
                Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }
}
