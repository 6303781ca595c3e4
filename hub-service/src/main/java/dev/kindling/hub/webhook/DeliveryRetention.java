package dev.kindling.hub.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Deletes finished deliveries (and their attempts) older than {@code kindling.webhooks.retention}. */
@ApplicationScoped
public class DeliveryRetention {
    private static final int BATCH = 1000;

    private final EntityManager em;
    private final WebhookConfig config;

    public DeliveryRetention(EntityManager em, WebhookConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(
            identity = "kindling-webhook-retention",
            every = "1h",
            delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long deleted = prune(OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()));
        if (deleted > 0) {
            Log.infof("Retention: %d webhook deliveries deleted", deleted);
        }
    }

    /** Deletes DELIVERED and FAILED deliveries queued before {@code before}, in batches; answers how many. */
    public long prune(OffsetDateTime before) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("delete from webhook_delivery where id in (select id from"
                                    + " webhook_delivery where status in ('DELIVERED', 'FAILED') and created_at < ?1"
                                    + " limit ?2)")
                            .setParameter(1, before)
                            .setParameter(2, BATCH)
                            .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
