package dev.kindling.common.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One event of a service's change feed: its position there, its type ({@code <aggregate>.<change>}),
 * when it happened and was published, the aggregate and the hubs it is about, and the resource as the
 * API showed it after the change.
 */
public record FeedEvent(
        long position,
        UUID id,
        String type,
        OffsetDateTime occurredAt,
        OffsetDateTime publishedAt,
        String aggregateType,
        UUID aggregateId,
        List<String> hubCodes,
        JsonNode data) {}
