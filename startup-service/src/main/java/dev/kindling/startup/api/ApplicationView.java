package dev.kindling.startup.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.startup.domain.ApplicationStatus;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application to a call. */
@Schema(name = "Application")
public record ApplicationView(
        UUID id,
        UUID callId,
        UUID startupId,
        String hubCode,
        @Schema(description = "DRAFT → SUBMITTED → WITHDRAWN (a DRAFT can be withdrawn too)") ApplicationStatus status,
        @Schema(
                        type = SchemaType.OBJECT,
                        additionalProperties = Schema.True.class,
                        description = "Answers by question key")
                Map<String, JsonNode> answers,
        @Schema(nullable = true, description = "The partner organisation that put it forward") UUID partnerId,
        @Schema(nullable = true, description = "The APPLIED enrollment made when it was submitted") UUID enrollmentId,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime withdrawnAt,
        @Schema(nullable = true) String withdrawReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
