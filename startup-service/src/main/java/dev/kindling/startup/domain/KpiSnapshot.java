package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a startup looked like on a date: headcount, revenue and funds raised (money with currency). */
@Entity
@Table(name = "kpi_snapshot")
public class KpiSnapshot extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "startup_id", nullable = false)
    public UUID startupId;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(nullable = false)
    public int headcount;

    @Column(name = "revenue_amount")
    public BigDecimal revenueAmount;

    @Column(name = "revenue_currency", columnDefinition = "char(3)")
    public String revenueCurrency;

    @Column(name = "funds_raised_amount")
    public BigDecimal fundsRaisedAmount;

    @Column(name = "funds_raised_currency", columnDefinition = "char(3)")
    public String fundsRaisedCurrency;

    @Column(nullable = false)
    public boolean illustrative;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
