package dev.kindling.hub.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.DeliveryAttemptView;
import dev.kindling.hub.api.DeliveryView;
import dev.kindling.hub.domain.DeliveryStatus;
import dev.kindling.hub.domain.WebhookDelivery;
import dev.kindling.hub.webhook.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The delivery log of an endpoint, one delivery with its attempts, and redelivery by hand. */
@ApplicationScoped
public class WebhookDeliveries {
    private final EntityManager em;
    private final Webhooks webhooks;
    private final WebhookConfig config;
    private final ObjectMapper mapper;

    public WebhookDeliveries(EntityManager em, Webhooks webhooks, WebhookConfig config, ObjectMapper mapper) {
        this.em = em;
        this.webhooks = webhooks;
        this.config = config;
        this.mapper = mapper;
    }

    /** An endpoint's deliveries, oldest first, optionally of one status and one event type. */
    @Transactional
    public Page<DeliveryView> list(UUID webhookId, DeliveryStatus status, String eventType, PageRequest page) {
        webhooks.visible(webhookId);
        return Keyset.of(WebhookDelivery.class)
                .where("e.webhookId = :webhookId", "webhookId", webhookId)
                .where("e.status = :status", "status", status)
                .where("e.eventType = :eventType", "eventType", eventType)
                .page(em, WebhookDelivery.class, page, d -> d.id)
                .map(d -> view(d, false));
    }

    @Transactional
    public Versioned<DeliveryView> get(UUID id) {
        WebhookDelivery delivery = visible(id, false);
        return new Versioned<>(view(delivery, true), delivery.version);
    }

    /**
     * Queues the delivery again, due now, retried for the usual period from now: for a FAILED delivery,
     * or a DELIVERED one the receiver lost. 409 while an attempt is in flight (one whose sender died, its
     * lease run out, may be queued again).
     */
    @Transactional
    public Versioned<DeliveryView> redeliver(UUID id) {
        WebhookDelivery delivery = visible(id, true);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (delivery.status == DeliveryStatus.SENDING && delivery.leaseUntil.isAfter(now)) {
            throw ProblemException.conflict(
                    ProblemType.ILLEGAL_TRANSITION, "An attempt of this delivery is in flight; ask again after it");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.giveUpAfter());
        delivery.deliveredAt = null;
        delivery.leaseUntil = null;
        em.flush();
        return new Versioned<>(view(delivery, true), delivery.version);
    }

    private WebhookDelivery visible(UUID id, boolean lock) {
        WebhookDelivery delivery =
                lock ? WebhookDelivery.findById(id, LockModeType.PESSIMISTIC_WRITE) : WebhookDelivery.findById(id);
        if (delivery == null) {
            throw ProblemException.notFound("webhook delivery", id);
        }
        try {
            webhooks.visible(delivery.webhookId);
        } catch (ProblemException e) {
            throw ProblemException.notFound("webhook delivery", id);
        }
        return delivery;
    }

    private DeliveryView view(WebhookDelivery d, boolean full) {
        List<DeliveryAttemptView> attempts = full ? attempts(d.id) : null;
        try {
            return new DeliveryView(
                    d.id,
                    d.webhookId,
                    d.eventId,
                    d.eventType,
                    d.aggregateId,
                    d.status,
                    d.attempts,
                    d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                    d.giveUpAt,
                    d.createdAt,
                    d.deliveredAt,
                    d.lastStatusCode,
                    d.lastError,
                    full ? mapper.readTree(d.body) : null,
                    attempts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery's body is not JSON", e);
        }
    }

    private List<DeliveryAttemptView> attempts(UUID deliveryId) {
        List<DeliveryAttemptView> attempts = new ArrayList<>();
        for (Object row : em.createNativeQuery("select attempt, started_at, latency_ms, status_code, error,"
                        + " response_snippet from webhook_attempt where delivery_id = ?1 order by attempt")
                .setParameter(1, deliveryId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            attempts.add(new DeliveryAttemptView(
                    ((Number) r[0]).intValue(),
                    StoredTime.utc(r[1]),
                    ((Number) r[2]).intValue(),
                    r[3] == null ? null : ((Number) r[3]).intValue(),
                    (String) r[4],
                    (String) r[5]));
        }
        return attempts;
    }
}
