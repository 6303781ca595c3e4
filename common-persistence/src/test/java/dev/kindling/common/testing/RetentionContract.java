package dev.kindling.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.RetentionConfig;
import dev.kindling.common.persistence.RetentionJob;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The retention job in each service's own runtime and schema: what is past its retention goes, what
 * is not (and every unpublished event) stays. Times are planted relative to the configured periods.
 */
public abstract class RetentionContract {
    @Inject
    RetentionJob retention;

    @Inject
    RetentionConfig config;

    @Inject
    Outbox outbox;

    @Test
    void keysOlderThanTheirRetentionAndLongPublishedEventsGoTheRestStays() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Duration hour = Duration.ofHours(1);
        String run = UUID.randomUUID().toString();
        plantKey(run + "-old", now.minus(config.idempotencyKeys()).minus(hour));
        plantKey(run + "-young", now.minus(config.idempotencyKeys()).plus(hour));
        UUID published = plantEvent(
                now.minus(config.outbox()).minus(hour),
                now.minus(config.outbox()).minus(hour));
        UUID recent = plantEvent(
                now.minus(config.outbox()).minus(hour),
                now.minus(config.outbox()).plus(hour));
        UUID unpublished = plantEvent(now.minus(config.outbox()).minus(Duration.ofDays(30)), null);

        retention.prune(now);

        assertEquals(0, Db.count("select count(*) from idempotency_record where scope = ?1", run + "-old"));
        assertEquals(1, Db.count("select count(*) from idempotency_record where scope = ?1", run + "-young"));
        assertEquals(0, Db.count("select count(*) from outbox where id = ?1", published));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", recent));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", unpublished));
    }

    @Test
    void aPublisherMarksEventsOnceAndOnlyMarkedOnesCanGo() {
        OffsetDateTime longAgo =
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.outbox()).minusDays(1);
        UUID event = plantEvent(longAgo, null);
        retention.prune(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", event), "unpublished: kept");
        assertEquals(1, outbox.markPublished(List.of(event)));
        assertEquals(0, outbox.markPublished(List.of(event)));
        assertNotNull(Db.single("select published_at from outbox where id = ?1", event));
        retention.prune(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", event), "published just now: kept");
        Db.execute("update outbox set published_at = ?2 where id = ?1", event, longAgo);
        retention.prune(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(0, Db.count("select count(*) from outbox where id = ?1", event));
    }

    @Test
    void keysAreNeverKeptLessThanADay() {
        assertEquals(true, config.idempotencyKeys().compareTo(RetentionConfig.MIN_IDEMPOTENCY_KEYS) >= 0);
        assertThrows(IllegalStateException.class, () -> RetentionJob.requireAtLeastADay(Duration.ofHours(23)));
    }

    private static void plantKey(String scope, OffsetDateTime createdAt) {
        Db.execute(
                "insert into idempotency_record (scope, idem_key, request_hash, status, created_at)"
                        + " values (?1, 'k', 'h', 200, ?2)",
                scope,
                createdAt);
    }

    private static UUID plantEvent(OffsetDateTime occurredAt, OffsetDateTime publishedAt) {
        UUID id = UUID.randomUUID();
        Db.execute(
                "insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, occurred_at, published_at)"
                        + " values (?1, 'Test', ?1, 'Planted', '{}'::jsonb, ?2, ?3)",
                id,
                occurredAt,
                publishedAt);
        return id;
    }
}
