package dev.kindling.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One step of a milestone's review, kept for good: a submission with its evidence, or a decision. */
@Entity
@Immutable
@Table(name = "milestone_event")
public class MilestoneEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "tranche_id", nullable = false)
    public UUID trancheId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    @Column(name = "evidence_text")
    public String evidenceText;

    @Column(name = "evidence_links", nullable = false)
    public String[] evidenceLinks = new String[0];

    public String reason;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String by;
}
