package dev.kindling.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change, as the change feed and webhooks deliver it. */
@Schema(name = "Event")
public record Event(
        @Schema(
                        required = true,
                        description =
                                "The event's id: the same event delivered twice has the same id (deduplicate on it)")
                UUID id,
        @Schema(
                        required = true,
                        description = "What happened, `<aggregate>.<change>`, e.g. `hub.activated`,"
                                + " `enrollment.accepted`, `allocation.created` (the catalogue is in the README)",
                        pattern = "^[a-z_]+\\.[a-z_]+$",
                        examples = "hub.activated")
                String type,
        @Schema(required = true, description = "When the change was recorded, in its transaction")
                OffsetDateTime occurredAt,
        @Schema(required = true, description = "When it entered the feed") OffsetDateTime publishedAt,
        @Schema(required = true, description = "The service whose change it is", examples = "hub") String source,
        @Schema(required = true, description = "The kind of resource that changed", examples = "hub")
                String aggregateType,
        @Schema(required = true, description = "The id of the resource that changed") UUID aggregateId,
        @Schema(required = true, description = "The hubs the change is about; a partner sees the events about its hubs")
                List<String> hubCodes,
        @Schema(required = true) JsonNode data,
        @Schema(required = true, description = "A cursor just after this event: store it once the event is processed")
                String cursor) {}
