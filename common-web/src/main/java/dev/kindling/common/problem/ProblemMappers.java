package dev.kindling.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error raised by our code, Quarkus or Jackson into an RFC 9457 problem response, with a
 * type from {@link ProblemType}. Used by the three services and by the gateway's own endpoints.
 */
@ApplicationScoped
public class ProblemMappers {
    private final Instance<ProblemTranslator> translators;

    public ProblemMappers(Instance<ProblemTranslator> translators) {
        this.translators = translators;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.build(ProblemType.INVALID_REQUEST, detail, errors, Map.of(), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return fieldProblem(field, "unknown field", request);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message;
            if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
                message = invalid.getOriginalMessage(); // text refused by the strict JSON policy
            } else if (e instanceof InvalidFormatException invalid) {
                message = "cannot read '" + invalid.getValue() + "' as "
                        + invalid.getTargetType().getSimpleName();
            } else {
                message = "has the wrong type or shape";
            }
            return fieldProblem(pathOf(mapping), message, request);
        }
        return ProblemResponses.of(ProblemType.MALFORMED_JSON, malformedDetail(e), request);
    }

    /** Why the body is not one JSON value, in words (a duplicate key, something after the value). */
    private static String malformedDetail(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return "The request body is not valid JSON: " + message.replace("Duplicate field", "duplicate key");
        }
        if (message.startsWith("Trailing token")) {
            return "The request body is not valid JSON: something follows the top-level value";
        }
        if (e instanceof JsonParseException) {
            return "The request body is not valid JSON: " + message;
        }
        return "The request body is not valid JSON";
    }

    /** More specific than Quarkus' own mapper for this type, so ours answers. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return ProblemResponses.build(
                ProblemType.MISSING_TOKEN,
                Challenges.MISSING_DETAIL,
                List.of(),
                Map.of(Challenges.HEADER, Challenges.BEARER),
                request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return ProblemResponses.build(
                ProblemType.INVALID_TOKEN,
                Challenges.INVALID_DETAIL,
                List.of(),
                Map.of(Challenges.HEADER, Challenges.INVALID_TOKEN),
                request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation", request);
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
        return ProblemResponses.build(ProblemType.forStatus(status), detailOf(status), List.of(), headers, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (ProblemTranslator translator : translators) {
            var known = translator.translate(e);
            if (known.isPresent()) {
                if (known.get().type().status() >= 500) {
                    // translated (a lost database connection, a collision), but still the server's trouble
                    Log.warnf(
                            "Answered %d %s to %s %s: %s",
                            known.get().type().status(),
                            known.get().type().slug(),
                            request.method(),
                            request.path(),
                            rootMessage(e));
                }
                return ProblemResponses.of(known.get(), request);
            }
        }
        if (clientWentAway(e)) {
            Log.debugf("Client closed the connection during %s %s", request.method(), request.path());
        } else {
            Log.errorf(e, "Unexpected error answering %s %s", request.method(), request.path());
        }
        return ProblemResponses.of(
                ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; quote the request id when you report it",
                request);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
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

    private static Response fieldProblem(String field, String message, HttpServerRequest request) {
        return ProblemResponses.build(
                ProblemType.INVALID_REQUEST,
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
