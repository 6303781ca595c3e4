package dev.kindling.hub.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner's link to exactly one hub or one program, with its role and period. */
@Entity
@Table(name = "partner_link")
public class PartnerLink extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "hub_id", updatable = false)
    public UUID hubId;

    @Column(name = "program_id", updatable = false)
    public UUID programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerRole role;

    @Column(name = "since_on")
    public LocalDate sinceOn;

    @Column(name = "until_on")
    public LocalDate untilOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
