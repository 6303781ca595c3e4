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
import org.hibernate.annotations.Immutable;

/** One movement of money; append-only (a database trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "journal_entry")
public class JournalEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    public Integer year;

    @Column(name = "allocation_id")
    public UUID allocationId;

    @Column(name = "disbursement_id")
    public UUID disbursementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false)
    public EntryType type;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public RecipientType recipientType;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "hub_id")
    public UUID hubId;

    @Column(name = "hub_code")
    public String hubCode;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
