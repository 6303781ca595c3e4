package dev.kindling.hub.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's endpoint for webhook deliveries. Its health (failures in a row, since when, last success)
 * is written by the sender in SQL only, never by this entity, so an edit cannot overwrite it.
 */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(nullable = false)
    public String url;

    public String description;

    @Column(name = "event_types", nullable = false)
    public String[] eventTypes;

    @Column(name = "hub_codes", nullable = false)
    public String[] hubCodes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(name = "failing_since", insertable = false, updatable = false)
    public OffsetDateTime failingSince;

    @Column(name = "consecutive_failures", insertable = false, updatable = false)
    public int consecutiveFailures;

    @Column(name = "last_success_at", insertable = false, updatable = false)
    public OffsetDateTime lastSuccessAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
