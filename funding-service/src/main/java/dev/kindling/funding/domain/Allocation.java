package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Part of a budget (and of one of its yearly lines) committed to a hub, cohort or startup. What
 * stays committed is {@code amount - released}; of that, {@code disbursed} was paid out.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    public Integer year;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "hub_id")
    public UUID hubId;

    @Column(name = "hub_code")
    public String hubCode;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public BigDecimal released = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal disbursed = BigDecimal.ZERO;

    /** The sum of the allocation's tranches; zero when it has no schedule (paid freely, as before). */
    @Column(nullable = false)
    public BigDecimal scheduled = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllocationStatus status = AllocationStatus.OPEN;

    public String note;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(nullable = false)
    public long version;
}
