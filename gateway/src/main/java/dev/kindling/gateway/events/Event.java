package dev.kindling.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change, as the change feed and webhooks deliver it. */
@Schema(name = "Event")
public record Event(
        @Schema(description = "The event's id: the same event delivered twice has the same id (deduplicate on it)")
                UUID id,
        @Schema(
                        description = "What happened, `<aggregate>.<change>`, e.g. `hub.activated`,"
                                + " `enrollment.accepted`, `allocation.created` (the catalogue is in the README)",
                        pattern = "^[a-z_]+\\.[a-z_]+$",
                        examples = "hub.activated")
                String type,
        @Schema(description = "When the change was recorded, in its transaction") OffsetDateTime occurredAt,
        @Schema(description = "When it entered the feed") OffsetDateTime publishedAt,
        @Schema(description = "The service whose change it is", examples = "hub") String source,
        @Schema(description = "The kind of resource that changed", examples = "hub") String aggregateType,
        @Schema(description = "The id of the resource that changed") UUID aggregateId,
        @Schema(description = "The hubs the change is about; a partner sees the events about its hubs")
                List<String> hubCodes,
        @Schema(
                        type = SchemaType.OBJECT,
                        description = "The resource as the API showed it after the change (the same JSON as its GET)")
                JsonNode data,
        @Schema(description = "A cursor just after this event: store it once the event is processed") String cursor) {}
