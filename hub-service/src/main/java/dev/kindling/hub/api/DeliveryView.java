package dev.kindling.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.hub.domain.DeliveryStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to one endpoint; a single read adds the event delivered and every attempt. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        UUID id,
        UUID webhookId,
        @Schema(description = "The event's id (the Kindling-Event-Id header)") UUID eventId,
        @Schema(examples = "enrollment.accepted") String eventType,
        UUID aggregateId,
        @Schema(examples = "DELIVERED") DeliveryStatus status,
        @Schema(format = "int32") int attempts,
        @Schema(nullable = true, description = "When the next attempt is due (PENDING)") OffsetDateTime nextAttemptAt,
        @Schema(description = "When retries stop and the delivery is FAILED") OffsetDateTime giveUpAt,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt,
        @Schema(nullable = true, format = "int32") Integer lastStatusCode,
        @Schema(nullable = true) String lastError,
        @Schema(nullable = true, description = "The body delivered (an Event of the change feed); single reads only")
                JsonNode event,
        @Schema(nullable = true, description = "Every attempt, first first; single reads only")
                List<DeliveryAttemptView> attemptLog) {}
