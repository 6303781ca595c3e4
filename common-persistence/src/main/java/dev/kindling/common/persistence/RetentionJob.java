package dev.kindling.common.persistence;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Prunes the plumbing tables of a service, on a schedule ({@link RetentionConfig}): Idempotency-Keys
 * older than their retention (at least 24 hours), and outbox events published longer ago than the
 * change feed keeps them. Unpublished events stay until a publisher marks them
 * ({@link Outbox#markPublished}). Runs in short batches, each its own transaction.
 */
@ApplicationScoped
public class RetentionJob {
    private final EntityManager em;
    private final RetentionConfig config;

    public RetentionJob(EntityManager em, RetentionConfig config) {
        this.em = em;
        this.config = config;
    }

    void checkConfiguration(@Observes StartupEvent event) {
        requireAtLeastADay(config.idempotencyKeys());
    }

    /** Refuses to start with keys kept less than a day: a client may retry for that long. */
    public static void requireAtLeastADay(Duration idempotencyKeys) {
        if (idempotencyKeys.compareTo(RetentionConfig.MIN_IDEMPOTENCY_KEYS) < 0) {
            throw new IllegalStateException("kindling.retention.idempotency-keys is " + idempotencyKeys
                    + ": keys must be kept at least 24 hours, since clients retry for that long");
        }
    }

    @Scheduled(
            identity = "kindling-retention",
            every = "${kindling.retention.every:1h}",
            delayed = "${kindling.retention.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void scheduled() {
        Pruned pruned = prune(OffsetDateTime.now(ZoneOffset.UTC));
        if (pruned.any()) {
            Log.infof(
                    "Retention: %d idempotency keys and %d outbox events deleted",
                    pruned.idempotencyKeys(), pruned.outboxEvents());
        }
    }

    /** What one run deleted. */
    public record Pruned(long idempotencyKeys, long outboxEvents) {
        boolean any() {
            return idempotencyKeys > 0 || outboxEvents > 0;
        }
    }

    /** Deletes what is past its retention at {@code now}; answers how much. */
    public Pruned prune(OffsetDateTime now) {
        long keys = deleteInBatches(
                "delete from idempotency_record where ctid in (select ctid from idempotency_record"
                        + " where created_at < ?1 limit ?2)",
                now.minus(config.idempotencyKeys()));
        long events = deleteInBatches(
                "delete from outbox where id in (select id from outbox"
                        + " where published_at is not null and published_at < ?1 limit ?2)",
                now.minus(config.outbox()));
        return new Pruned(keys, events);
    }

    /**
     * Runs a batched delete until a batch comes back short, each batch its own transaction: {@code sql}
     * deletes at most {@code ?2} rows older than {@code ?1}. The one way a service prunes a table (its own
     * tables beyond these two too); answers how many rows went.
     */
    public long deleteInBatches(String sql, OffsetDateTime before) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                    .setParameter(1, before)
                    .setParameter(2, config.batchSize())
                    .executeUpdate());
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }

    /** Skips the scheduled run when {@code kindling.retention.enabled} is false. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {
        private final RetentionConfig config;

        public Disabled(RetentionConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
