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

/** One dated rate: 1 {@code base} = {@code rate} {@code quote} on {@code rateDate}. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String base;

    @Column(nullable = false)
    public String quote;

    @Column(name = "rate_date", nullable = false)
    public LocalDate rateDate;

    @Column(nullable = false)
    public BigDecimal rate;

    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public long version;
}
