package dev.kindling.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error raised by our code, Quarkus or Jackson into an RFC 9457 problem response. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.build(400, "invalid-request", detail, errors, Map.of(), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return fieldProblem(field, "unknown field", request);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message = e instanceof InvalidFormatException invalid
                    ? "cannot read '" + invalid.getValue() + "' as "
                            + invalid.getTargetType().getSimpleName()
                    : "has the wrong type or shape";
            return fieldProblem(pathOf(mapping), message, request);
        }
        return ProblemResponses.of(400, "malformed-json", "The request body is not valid JSON", request);
    }

    /** More specific than Quarkus' own mapper for this type, so ours answers. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(403, "forbidden", "Your role does not allow this operation", request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            Log.errorf(e, "Server error %d", status);
        }
        Map<String, String> headers = original.getStringHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Allow") || h.getKey().equalsIgnoreCase("Retry-After"))
                .collect(Collectors.toMap(Map.Entry::getKey, h -> String.join(", ", h.getValue())));
        return ProblemResponses.build(status, slugOf(status), detailOf(status), List.of(), headers, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Response mapped = PersistenceProblems.map(e, request);
        if (mapped != null) {
            return mapped;
        }
        if (clientWentAway(e)) {
            Log.debugf("Client closed the connection during %s %s", request.method(), request.path());
        } else {
            Log.errorf(e, "Unexpected error answering %s %s", request.method(), request.path());
        }
        return ProblemResponses.of(
                500,
                "internal-error",
                "Something went wrong on our side; quote the request id when you report it",
                request);
    }

    /** A client that closed its connection is no server error worth an alarm (it gets no answer). */
    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return ProblemResponses.build(
                401,
                "unauthenticated",
                "A valid bearer token is required",
                List.of(),
                Map.of("WWW-Authenticate", "Bearer"),
                request);
    }

    private static Response fieldProblem(String field, String message, HttpServerRequest request) {
        return ProblemResponses.build(
                400,
                "invalid-request",
                field + ": " + message,
                List.of(new FieldError(field, message)),
                Map.of(),
                request);
    }

    /** "create.request.address.city" becomes "address.city": drop the method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length <= 2
                ? parts[parts.length - 1]
                : String.join(".", List.of(parts).subList(2, parts.length));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "invalid-request";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "Nothing is served at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "This resource answers application/json only";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> status >= 500 ? "Something went wrong on our side" : "The request is not valid";
        };
    }
}
