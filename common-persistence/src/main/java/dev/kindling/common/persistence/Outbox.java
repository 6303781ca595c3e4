package dev.kindling.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/**
 * Records a domain event in the service's {@code outbox} table, in the transaction of the change it
 * describes, so that an event exists exactly when the change does. A publisher (the change feed and
 * webhooks) marks what it has published with {@link #markPublished}; {@link RetentionJob} deletes only
 * published events, once they are older than the feed keeps them.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager em;
    private final ObjectMapper mapper;

    public Outbox(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, UUID aggregateId, String eventType, Object payload) {
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
        OutboxEvent event = new OutboxEvent();
        event.id = Ids.newId();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.eventType = eventType;
        event.payload = json;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(event);
    }

    /**
     * The hook for a publisher: marks these events published now (those already marked keep their time)
     * and answers how many were newly marked. Until an event is marked, retention never deletes it.
     */
    @Transactional
    public int markPublished(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "update OutboxEvent e set e.publishedAt = :now where e.id in :ids and e.publishedAt is null")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("ids", eventIds)
                .executeUpdate();
    }
}
