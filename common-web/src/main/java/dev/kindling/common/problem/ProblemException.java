package dev.kindling.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the API answers as a problem response: a {@link ProblemType} from the catalogue, a human
 * detail, optional field errors and headers (Retry-After, Location). Services throw it; the mappers
 * (and, in the gateway's Vert.x routes, {@link ProblemJson}) turn it into RFC 9457 JSON.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    /** A problem about one field: the detail is "field: message" and {@code errors} names the field. */
    public static ProblemException ofField(ProblemType type, String field, String message) {
        return new ProblemException(type, field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return ofField(ProblemType.INVALID_REQUEST, field, message);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public static ProblemException conflict(ProblemType type, String detail) {
        return new ProblemException(type, detail);
    }

    /** A reference to something that does not exist (or that the caller may not see): 422. */
    public static ProblemException invalidReference(String field, String message) {
        return ofField(ProblemType.INVALID_REFERENCE, field, message);
    }

    /** A reference to something that exists but cannot be used for this request: 422. */
    public static ProblemException ineligibleReference(String field, String message) {
        return ofField(ProblemType.INELIGIBLE_REFERENCE, field, message);
    }

    /** 409 duplicate naming the field, with the existing resource's path as Location when known. */
    public static ProblemException duplicate(String field, String message, String existingPath) {
        return new ProblemException(
                ProblemType.DUPLICATE,
                field + ": " + message,
                List.of(new FieldError(field, message)),
                existingPath == null ? Map.of() : Map.of("Location", existingPath));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.STALE_VERSION, detail);
    }

    public static ProblemException dependencyUnavailable(String dependency, int retryAfterSeconds) {
        return new ProblemException(
                ProblemType.DEPENDENCY_UNAVAILABLE,
                dependency + " did not answer; nothing was written, try again later",
                List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The same problem with one more header. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(type, getMessage(), errors, more);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public String slug() {
        return type.slug();
    }

    public String title() {
        return type.title();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
