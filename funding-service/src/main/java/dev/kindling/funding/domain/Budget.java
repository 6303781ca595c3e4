package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A budget and its balances. The balances are only ever changed by the conditional SQL updates of
 * {@code Ledger}, never through this entity, so concurrent writers cannot overwrite each other.
 */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetKind kind;

    @Column(nullable = false)
    public String currency;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public BigDecimal committed = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal disbursed = BigDecimal.ZERO;

    @Column(name = "has_lines", nullable = false)
    public boolean hasLines;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The version of the budget's definition (amendments); balances move without changing it. */
    @Column(nullable = false)
    public long version;
}
