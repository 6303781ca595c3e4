package dev.kindling.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its JSON path and what is wrong with it. */
@Schema(name = "FieldError", description = "One invalid field of a request")
public record FieldError(
        @Schema(examples = "country") String field,
        @Schema(examples = "must be an ISO 3166-1 alpha-2 code") String message) {}
