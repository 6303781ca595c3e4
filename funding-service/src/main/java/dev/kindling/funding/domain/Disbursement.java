package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A payment out of an allocation; never changed (a mistake is corrected by a {@link Reversal}). */
@Entity
@Immutable
@Table(name = "disbursement")
public class Disbursement extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    /** The tranche it pays, when the allocation has a schedule. */
    @Column(name = "tranche_id")
    public UUID trancheId;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(name = "external_reference", nullable = false)
    public String externalReference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
