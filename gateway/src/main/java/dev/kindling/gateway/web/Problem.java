package dev.kindling.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details. Same shape and schema as kindling-common's {@code Problem} (the gateway
 * does not depend on common), so the merged OpenAPI document holds one {@code Problem} schema.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "https://kindling.dev/problems/not-found") String type,
        @Schema(examples = "Not Found") String title,
        @Schema(examples = "404") int status,
        @Schema(examples = "No hub with id 0192f3a4-5b6c-7d8e-9f00-112233445566") String detail,
        @Schema(examples = "/api/v1/hubs/0192f3a4-5b6c-7d8e-9f00-112233445566") String instance,
        @Schema(description = "The X-Request-Id of the request, for support and logs") String requestId,
        @Schema(description = "Invalid fields, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://kindling.dev/problems/";

    public static Problem of(int status, String slug, String detail, String instance, String requestId) {
        return new Problem(TYPE_BASE + slug, titleOf(status), status, detail, instance, requestId, List.of());
    }

    /** The reason phrase of a status. */
    public static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
