package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One intake of a program at a hub. {@code seatsTaken} is moved only by conditional SQL updates in
 * {@code Seats}, never through this entity, so it is read-only here.
 */
@Entity
@Table(name = "cohort")
public class Cohort extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(name = "hub_id", nullable = false, updatable = false)
    public UUID hubId;

    @Column(name = "hub_code", nullable = false, updatable = false)
    public String hubCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "seats_taken", insertable = false, updatable = false)
    public int seatsTaken;

    @Column(nullable = false)
    public boolean illustrative;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
