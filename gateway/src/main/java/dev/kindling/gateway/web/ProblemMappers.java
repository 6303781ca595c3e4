package dev.kindling.gateway.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem responses for the gateway's own JAX-RS endpoints (the read models). */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return problem(403, "forbidden", "Your role may not use this endpoint", request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return Response.fromResponse(problem(401, Challenges.MISSING, Challenges.MISSING_DETAIL, request))
                .header(Challenges.HEADER, Challenges.BEARER)
                .build();
    }

    /** Quarkus hands a token the verifier refused to these mappers (lazy authentication). */
    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, HttpServerRequest request) {
        return Response.fromResponse(problem(401, Challenges.INVALID, Challenges.INVALID_DETAIL, request))
                .header(Challenges.HEADER, Challenges.INVALID_TOKEN)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        String slug = status == 404 ? "not-found" : "http-" + status;
        String detail =
                status == 404 && e.getMessage() != null && e.getMessage().startsWith("No ")
                        ? e.getMessage()
                        : Problem.titleOf(status);
        return problem(status, slug, detail, request);
    }

    static Response problem(int status, String slug, String detail, HttpServerRequest request) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, slug, detail, request.path(), request.getHeader(RequestContext.REQUEST_ID)))
                .build();
    }
}
