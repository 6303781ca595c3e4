package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The correction of one disbursement; at most one per disbursement (unique in the database). */
@Entity
@Immutable
@Table(name = "disbursement_reversal")
public class Reversal extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "disbursement_id", nullable = false, unique = true)
    public UUID disbursementId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reversed_at", nullable = false)
    public OffsetDateTime reversedAt;

    @Column(name = "reversed_by", nullable = false)
    public String reversedBy;
}
