package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A change of a budget's total (or of one yearly line's), with its reason; kept as history. */
@Entity
@Immutable
@Table(name = "budget_amendment")
public class Amendment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    public Integer year;

    @Column(name = "old_total", nullable = false)
    public BigDecimal oldTotal;

    @Column(name = "new_total", nullable = false)
    public BigDecimal newTotal;

    @Column(nullable = false)
    public String reason;

    @Column(name = "amended_at", nullable = false)
    public OffsetDateTime amendedAt;

    @Column(name = "amended_by", nullable = false)
    public String amendedBy;
}
