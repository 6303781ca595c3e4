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
 * An allocation or disbursement that a budget's approval policy holds until approved: what to execute,
 * who asked, how many approvals it needs and has, and how it ended. Written by native statements under
 * a row lock ({@code ApprovalWriter}); read through this entity.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalStatus status;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "approvals_required", nullable = false)
    public int approvalsRequired;

    @Column(nullable = false)
    public int approvals;

    public Integer year;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public RecipientType recipientType;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "hub_id")
    public UUID hubId;

    @Column(name = "hub_code")
    public String hubCode;

    public String note;

    @Column(name = "allocation_id")
    public UUID allocationId;

    @Column(name = "tranche_id")
    public UUID trancheId;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "external_reference")
    public String externalReference;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "result_id")
    public UUID resultId;

    @Column(nullable = false)
    public long version;
}
