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

/** A place where programs run. Its status changes only through {@link #activate} and {@link #close}. */
@Entity
@Table(name = "hub")
public class Hub extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HubKind kind;

    @Column(nullable = false)
    public String country;

    public String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HubStatus status;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(nullable = false)
    public boolean archived;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether the lifecycle allows going from the current status to {@code target}. */
    public boolean canMoveTo(HubStatus target) {
        return switch (target) {
            case ACTIVE -> status == HubStatus.PLANNED;
            case CLOSED -> status == HubStatus.ACTIVE;
            case PLANNED -> false;
        };
    }
}
