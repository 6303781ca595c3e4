package dev.kindling.hub.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt at a delivery. */
@Schema(name = "WebhookAttempt")
public record DeliveryAttemptView(
        @Schema(format = "int32", examples = "1") int attempt,
        OffsetDateTime startedAt,
        @Schema(format = "int32", description = "Milliseconds until the answer (or the failure)") int latencyMs,
        @Schema(nullable = true, format = "int32", description = "The receiver's HTTP status; absent when none came")
                Integer statusCode,
        @Schema(nullable = true, examples = "No answer within 10000 ms") String error,
        @Schema(nullable = true, description = "The start of the receiver's answer (at most 1 KiB)")
                String responseSnippet) {}
