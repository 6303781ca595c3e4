package dev.kindling.common.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;

/**
 * A failure the API answers as a problem response. Thrown from services and resources; carries the
 * status, a stable type slug, a human detail, optional field errors and headers (e.g. Retry-After).
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(
            int status, String slug, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String slug, String detail) {
        this(status, slug, detail, List.of(), Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(
                400, "invalid-request", field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "No " + what + " with id " + id);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, detail);
    }

    /** A reference to something that does not exist or cannot be used (DESIGN: 422). */
    public static ProblemException invalidReference(String field, String message) {
        return new ProblemException(
                422, "invalid-reference", field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "stale-version", detail);
    }

    public static ProblemException dependencyUnavailable(String dependency, int retryAfterSeconds) {
        return new ProblemException(
                503,
                "dependency-unavailable",
                dependency + " did not answer; nothing was written, try again later",
                List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return titleOf(status);
    }

    /** The reason phrase of a status, including those JAX-RS does not name (422, 428). */
    public static String titleOf(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> {
                Status known = Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() : "Error";
            }
        };
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
