package dev.kindling.startup.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A startup's answers to a call; submitting it made its APPLIED enrollment. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "call_id", nullable = false, updatable = false)
    public UUID callId;

    @Column(name = "startup_id", nullable = false, updatable = false)
    public UUID startupId;

    @Column(name = "hub_id", nullable = false, updatable = false)
    public UUID hubId;

    @Column(name = "hub_code", nullable = false, updatable = false)
    public String hubCode;

    /** The partner organisation (hub-service) that put the application forward, if any. */
    @Column(name = "partner_id", updatable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status = ApplicationStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, JsonNode> answers;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
