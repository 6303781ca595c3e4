package dev.kindling.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.events.OutboxPublisher;
import dev.kindling.common.persistence.RetentionConfig;
import dev.kindling.common.persistence.RetentionJob;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    OutboxPublisher publisher;

    @Test
    void keysOlderThanTheirRetentionAndLongPublishedEventsGoTheRestStays() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Duration hour = Duration.ofHours(1);
        String run = UUID.randomUUID().toString();
        plantKey(run + "-old", now.minus(config.idempotencyKeys()).minus(hour));
        plantKey(run + "-young", now.minus(config.idempotencyKeys()).plus(hour));
        UUID published = plantEvent(now.minus(config.outbox()).minus(hour));
        UUID recent = plantEvent(now.minus(config.outbox()).minus(hour));
        publisher.publishAll();
        publishedAt(published, now.minus(config.outbox()).minus(hour));
        publishedAt(recent, now.minus(config.outbox()).plus(hour));
        UUID unpublished = plantEvent(now.minus(config.outbox()).minus(Duration.ofDays(30)));

        retention.prune(now);

        assertEquals(0, Db.count("select count(*) from idempotency_record where scope = ?1", run + "-old"));
        assertEquals(1, Db.count("select count(*) from idempotency_record where scope = ?1", run + "-young"));
        assertEquals(0, Db.count("select count(*) from outbox where id = ?1", published));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", recent));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", unpublished));
    }

    @Test
    void onlyPublishedEventsCanGoAndTheFeedHeadNeverGoesBack() {
        OffsetDateTime longAgo =
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.outbox()).minusDays(1);
        UUID event = plantEvent(longAgo);
        retention.prune(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", event), "unpublished: kept");
        publisher.publishAll();
        assertNotNull(Db.single("select position from outbox where id = ?1", event));
        retention.prune(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(1, Db.count("select count(*) from outbox where id = ?1", event), "published just now: kept");
        long head = Db.count("select position from outbox_head");
        Db.execute("update outbox set published_at = ?2 where id = ?1", event, longAgo);
        retention.prune(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(0, Db.count("select count(*) from outbox where id = ?1", event));
        assertEquals(head, Db.count("select position from outbox_head"), "positions are never given twice");
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

    private static UUID plantEvent(OffsetDateTime occurredAt) {
        UUID id = UUID.randomUUID();
        Db.execute(
                "insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, occurred_at)"
                        + " values (?1, 'test', ?1, 'test.planted', '{}'::jsonb, ?2)",
                id,
                occurredAt);
        return id;
    }

    private static void publishedAt(UUID event, OffsetDateTime at) {
        Db.execute("update outbox set published_at = ?2 where id = ?1", event, at);
    }
}
