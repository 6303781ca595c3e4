package dev.kindling.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A page of one service's change feed as the service answers it (positions are that service's). */
public record ServiceFeed(List<Item> events, long next) {
    public record Item(
            long position,
            UUID id,
            String type,
            OffsetDateTime occurredAt,
            OffsetDateTime publishedAt,
            String aggregateType,
            UUID aggregateId,
            List<String> hubCodes,
            JsonNode data) {}
}
