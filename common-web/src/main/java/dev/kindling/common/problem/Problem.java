package dev.kindling.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, as every Kindling error is answered (services and gateway alike). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(required = true, examples = "https://kindling.dev/problems/not-found") String type,
        @Schema(required = true, examples = "Not Found") String title,
        @Schema(required = true, examples = "404") int status,
        @Schema(nullable = true, examples = "No hub with id 0192f3a4-5b6c-7d8e-9f00-112233445566") String detail,
        @Schema(nullable = true, examples = "/api/v1/hubs/0192f3a4-5b6c-7d8e-9f00-112233445566") String instance,
        @Schema(nullable = true, description = "The X-Request-Id of the request, for support and logs")
                String requestId,
        @Schema(nullable = true, description = "Invalid fields, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = ProblemType.BASE;

    /** The body of a problem of this type for the request at {@code instance}. */
    public static Problem of(
            ProblemType type, String detail, List<FieldError> errors, String instance, String requestId) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, errors);
    }
}
