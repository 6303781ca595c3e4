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
 * One payment of an allocation's schedule: an amount due on a date against a milestone. It is paid
 * (in one or more disbursements) only once the milestone is APPROVED, and never beyond its amount.
 */
@Entity
@Table(name = "tranche")
public class Tranche extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(name = "hub_id")
    public UUID hubId;

    @Column(name = "hub_code")
    public String hubCode;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public BigDecimal disbursed = BigDecimal.ZERO;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "milestone_title", nullable = false)
    public String milestoneTitle;

    @Column(name = "evidence_required")
    public String evidenceRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "milestone_status", nullable = false)
    public MilestoneStatus milestoneStatus = MilestoneStatus.PENDING;

    @Column(name = "evidence_text")
    public String evidenceText;

    @Column(name = "evidence_links", nullable = false)
    public String[] evidenceLinks = new String[0];

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public long version;
}
