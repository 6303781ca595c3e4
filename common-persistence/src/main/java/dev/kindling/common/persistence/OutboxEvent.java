package dev.kindling.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A domain event in a service's {@code outbox} table; a publisher later sends and marks it. */
@Entity
@Table(name = "outbox")
public class OutboxEvent {
    @Id
    public UUID id;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The hubs the event is about (codes); a partner's feed shows the events about its hubs. */
    @Column(name = "hub_codes", nullable = false)
    public String[] hubCodes;
}
