package dev.kindling.hub.webhook;

import dev.kindling.common.events.Nudge;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Sends due deliveries. A batch is claimed in one short transaction ({@code FOR UPDATE SKIP LOCKED},
 * then marked SENDING with a lease and its attempt number), so replicas never claim the same attempt;
 * the HTTP calls run outside any transaction; each result is recorded in its own transaction, only if the
 * delivery is still this sender's attempt. A sender that dies mid-delivery leaves SENDING rows whose
 * lease runs out: another claims them again (at least once, as the README tells receivers).
 * A delivery waits while an earlier one of its endpoint about the same resource is open, so each
 * resource's changes arrive in order.
 */
@ApplicationScoped
public class Dispatcher {
    private final EntityManager em;
    private final WebhookConfig config;
    private final Sender sender;
    /** Runs a round as soon as deliveries are queued, instead of at the next tick (see {@link #kick}). */
    private Nudge kicks;

    public Dispatcher(EntityManager em, WebhookConfig config, Sender sender) {
        this.em = em;
        this.config = config;
        this.sender = sender;
    }

    @PostConstruct
    void start() {
        kicks = new Nudge("webhook-kick", Duration.ZERO, this::scheduled);
    }

    @PreDestroy
    void stop() {
        kicks.close();
    }

    /**
     * Sends what is due now, on a thread of its own, when this instance delivers: the ingester calls it
     * after queueing, so an event does not wait for the next tick. A round running beside the scheduled
     * one is safe (their claims never overlap).
     */
    public void kick() {
        if (config.deliver()) {
            kicks.run();
        }
    }

    @Scheduled(
            identity = Switch.SENDER,
            every = "${kindling.webhooks.deliver-every:1s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Switch.class)
    void scheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            Log.warnf("Webhooks: deliveries could not be sent (%s); trying again", e.toString());
        }
    }

    /**
     * Sends every due delivery, batch after batch, until a claim finds none; answers how many attempts were
     * made. (A short batch does not mean the queue is empty: rows another sender claimed while this one
     * scanned drop out of its batch.)
     */
    public int deliverDue() {
        int total = 0;
        List<Sender.Delivery> batch;
        do {
            batch = claim();
            List<CompletableFuture<Sender.Result>> inFlight =
                    batch.stream().map(sender::send).toList();
            for (int i = 0; i < batch.size(); i++) {
                record(batch.get(i), inFlight.get(i).join());
            }
            total += batch.size();
        } while (!batch.isEmpty());
        return total;
    }

    List<Sender.Delivery> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("with due as (select d.id from webhook_delivery d"
                            + " join webhook w on w.id = d.webhook_id and w.status = 'ENABLED'"
                            + " where ((d.status = 'PENDING' and d.next_attempt_at <= now())"
                            + " or (d.status = 'SENDING' and d.lease_until < now()))"
                            + " and not exists (select 1 from webhook_delivery p where p.webhook_id = d.webhook_id"
                            + " and p.aggregate_id = d.aggregate_id and p.seq < d.seq"
                            + " and p.status in ('PENDING', 'SENDING'))"
                            + " order by d.next_attempt_at limit ?1 for update of d skip locked)"
                            + " update webhook_delivery d set status = 'SENDING', attempts = d.attempts + 1, version = d.version + 1,"
                            + " lease_until = now() + cast(?2 as interval)"
                            + " from due, webhook w where d.id = due.id and w.id = d.webhook_id"
                            + " returning cast(d.id as text), d.attempts, cast(d.event_id as text), d.event_type,"
                            + " w.url, d.body, w.secret,"
                            + " case when w.previous_secret_expires_at > now() then w.previous_secret end, w.id")
                    .setParameter(1, config.batchSize())
                    .setParameter(2, config.lease().toMillis() + " milliseconds")
                    .getResultList();
            List<Sender.Delivery> claimed = new ArrayList<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                List<String> secrets = r[7] == null ? List.of((String) r[6]) : List.of((String) r[6], (String) r[7]);
                claimed.add(new Sender.Delivery(
                        (String) r[0],
                        (UUID) r[8],
                        ((Number) r[1]).intValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        secrets));
            }
            return claimed;
        });
    }

    /** Keeps the attempt and moves the delivery on, if it is still this attempt (its lease held). */
    void record(Sender.Delivery delivery, Sender.Result result) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = UUID.fromString(delivery.deliveryId());
            // (the endpoint may have been deleted meanwhile, its deliveries with it: then nothing is kept)
            em.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, started_at, latency_ms,"
                            + " status_code, error, response_snippet) select ?1, ?2, ?3, ?4, ?5, ?6, ?7"
                            + " where exists (select 1 from webhook_delivery where id = ?1)"
                            + " on conflict do nothing")
                    .setParameter(1, id)
                    .setParameter(2, delivery.attempt())
                    .setParameter(3, result.startedAt().atOffset(ZoneOffset.UTC))
                    .setParameter(4, result.latencyMs())
                    .setParameter(5, result.statusCode())
                    .setParameter(6, clip(result.error()))
                    .setParameter(7, result.snippet())
                    .executeUpdate();
            if (result.succeeded()) {
                delivered(id, delivery.webhookId(), delivery.attempt(), result);
            } else {
                failed(id, delivery.webhookId(), delivery.attempt(), result);
            }
        });
    }

    private void delivered(UUID id, UUID webhookId, int attempt, Sender.Result result) {
        int updated = em.createNativeQuery(
                        "update webhook_delivery set status = 'DELIVERED', delivered_at = now(), version = version + 1,"
                                + " lease_until = null, last_status_code = ?1, last_error = null"
                                + " where id = ?2 and status = 'SENDING' and attempts = ?3")
                .setParameter(1, result.statusCode())
                .setParameter(2, id)
                .setParameter(3, attempt)
                .executeUpdate();
        if (updated == 1) {
            em.createNativeQuery("update webhook set consecutive_failures = 0, failing_since = null,"
                            + " last_success_at = now() where id = ?1")
                    .setParameter(1, webhookId)
                    .executeUpdate();
        }
    }

    private void failed(UUID id, UUID webhookId, int attempt, Sender.Result result) {
        Duration wait = Backoff.after(attempt, config.retryBase(), config.retryCap());
        int updated = em.createNativeQuery("update webhook_delivery set lease_until = null, version = version + 1,"
                        + " status = case when now() + cast(?1 as interval) > give_up_at then 'FAILED' else 'PENDING' end,"
                        + " next_attempt_at = now() + cast(?1 as interval), last_status_code = ?2, last_error = ?3"
                        + " where id = ?4 and status = 'SENDING' and attempts = ?5")
                .setParameter(1, wait.toMillis() + " milliseconds")
                .setParameter(2, result.statusCode())
                .setParameter(3, clip(result.error()))
                .setParameter(4, id)
                .setParameter(5, attempt)
                .executeUpdate();
        if (updated == 0) {
            return;
        }
        OffsetDateTime disableBefore = OffsetDateTime.now(ZoneOffset.UTC).minus(config.disableAfter());
        em.createNativeQuery("update webhook set consecutive_failures = consecutive_failures + 1,"
                        + " failing_since = coalesce(failing_since, now()) where id = ?1")
                .setParameter(1, webhookId)
                .executeUpdate();
        int disabled = em.createNativeQuery("update webhook w set status = 'DISABLED', disabled_at = now(),"
                        + " version = w.version + 1, updated_at = now(),"
                        + " disabled_reason = 'No delivery succeeded since ' || to_char(w.failing_since at time zone 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || ': ' || w.consecutive_failures || ' attempts in a row"
                        + " failed, the last: ' || ?2"
                        + " where w.id = ?1 and w.status = 'ENABLED'"
                        + " and w.consecutive_failures >= ?3 and w.failing_since <= ?4")
                .setParameter(1, webhookId)
                .setParameter(2, clip(result.error()))
                .setParameter(3, config.disableAfterFailures())
                .setParameter(4, disableBefore)
                .executeUpdate();
        if (disabled == 1) {
            Log.warnf("Webhooks: endpoint %s was disabled after persistent failure", webhookId);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
