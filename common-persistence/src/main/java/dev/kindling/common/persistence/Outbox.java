package dev.kindling.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.events.OutboxPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records a domain event in the service's {@code outbox} table, in the transaction of the change it
 * describes, so that an event exists exactly when the change does. {@link OutboxPublisher} gives each
 * event its place in the change feed and marks it published; {@link RetentionJob} deletes only
 * published events, once they are older than the feed keeps them. A transaction that recorded events
 * nudges the publisher when it commits, so an event enters the feed right after its change does.
 */
@ApplicationScoped
public class Outbox {
    /** Marks a transaction whose commit already nudges the publisher (one nudge per transaction). */
    private static final Object NUDGE_ON_COMMIT = new Object();

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxPublisher publisher;

    public Outbox(
            EntityManager em,
            ObjectMapper mapper,
            TransactionSynchronizationRegistry transactions,
            OutboxPublisher publisher) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    /** As {@link #record(String, UUID, Collection, Object)}, about one hub or (null) about none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventType, UUID aggregateId, String hubCode, Object payload) {
        record(eventType, aggregateId, hubCode == null ? List.of() : List.of(hubCode), payload);
    }

    /**
     * Records an event of type {@code <aggregate>.<what happened>} (e.g. {@code hub.activated}) about the
     * aggregate with this id and these hubs (codes; none for an event only staff may see), its payload the
     * resource as the API shows it after the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventType, UUID aggregateId, Collection<String> hubCodes, Object payload) {
        int dot = eventType.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("An event type is <aggregate>.<change>: " + eventType);
        }
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
        OutboxEvent event = new OutboxEvent();
        event.id = Ids.newId();
        event.aggregateType = eventType.substring(0, dot);
        event.aggregateId = aggregateId;
        event.eventType = eventType;
        event.payload = json;
        event.hubCodes =
                hubCodes.stream().filter(Objects::nonNull).distinct().sorted().toArray(String[]::new);
        event.occurredAt = StoredTime.now();
        em.persist(event);
        nudgeOnCommit();
    }

    private void nudgeOnCommit() {
        if (transactions.getResource(NUDGE_ON_COMMIT) != null) {
            return;
        }
        transactions.putResource(NUDGE_ON_COMMIT, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    publisher.nudge();
                }
            }
        });
    }
}
