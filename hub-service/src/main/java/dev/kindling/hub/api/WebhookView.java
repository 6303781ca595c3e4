package dev.kindling.hub.api;

import dev.kindling.hub.domain.WebhookStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint, its subscription and its health. */
@Schema(name = "Webhook")
public record WebhookView(
        UUID id,
        UUID partnerId,
        @Schema(examples = "https://partner.example.org/kindling/webhooks") String url,
        @Schema(nullable = true) String description,
        @Schema(description = "Event types delivered; empty for all") List<String> eventTypes,
        @Schema(examples = "[\"SG\"]") List<String> hubCodes,
        @Schema(examples = "ENABLED") WebhookStatus status,
        @Schema(nullable = true, description = "Why it is disabled: by whom and why, or the failures that disabled it")
                String disabledReason,
        @Schema(nullable = true) OffsetDateTime disabledAt,
        @Schema(description = "Attempts that failed in a row (0 after a success)") int consecutiveFailures,
        @Schema(nullable = true, description = "Since when nothing succeeded") OffsetDateTime failingSince,
        @Schema(nullable = true) OffsetDateTime lastSuccessAt,
        @Schema(nullable = true, description = "Until when the previous secret still signs (a rotation's grace period)")
                OffsetDateTime previousSecretExpiresAt,
        @Schema(
                        nullable = true,
                        description = "The signing secret: only in the answers to registration and rotation,"
                                + " never shown again; keep it where the receiver verifies signatures",
                        examples = "whsec_3q2-7wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                String secret,
        @Schema(description = "The token subject that registered it") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
