package dev.kindling.hub.webhook;

import dev.kindling.common.persistence.RetentionJob;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes finished deliveries (and their attempts) older than {@code kindling.webhooks.retention}, with
 * the service's retention job's batched delete, on its schedule and switch ({@code kindling.retention.*}).
 */
@ApplicationScoped
public class DeliveryRetention {
    private final RetentionJob retention;
    private final WebhookConfig config;

    public DeliveryRetention(RetentionJob retention, WebhookConfig config) {
        this.retention = retention;
        this.config = config;
    }

    @Scheduled(
            identity = "kindling-webhook-retention",
            every = "${kindling.retention.every:1h}",
            delayed = "${kindling.retention.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RetentionJob.Disabled.class)
    void scheduled() {
        long deleted = prune(OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()));
        if (deleted > 0) {
            Log.infof("Retention: %d webhook deliveries deleted", deleted);
        }
    }

    /** Deletes DELIVERED and FAILED deliveries queued before {@code before}; answers how many. */
    public long prune(OffsetDateTime before) {
        return retention.deleteInBatches(
                "delete from webhook_delivery where id in (select id from webhook_delivery"
                        + " where status in ('DELIVERED', 'FAILED') and created_at < ?1 limit ?2)",
                before);
    }
}
