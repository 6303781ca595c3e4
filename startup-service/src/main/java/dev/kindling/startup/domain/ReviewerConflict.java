package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reviewer's declared conflict of interest with a startup or a partner organisation. */
@Entity
@Table(name = "reviewer_conflict")
public class ReviewerConflict extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reviewer;

    @Column(name = "startup_id", updatable = false)
    public UUID startupId;

    @Column(name = "partner_id", updatable = false)
    public UUID partnerId;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "declared_at", nullable = false, updatable = false)
    public OffsetDateTime declaredAt;

    @Column(name = "declared_by", nullable = false, updatable = false)
    public String declaredBy;
}
