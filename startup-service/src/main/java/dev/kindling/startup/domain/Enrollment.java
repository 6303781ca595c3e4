package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A startup in a cohort; program, hub id and hub code are copied from the cohort for one-table filters. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "startup_id", nullable = false, updatable = false)
    public UUID startupId;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(name = "hub_id", nullable = false, updatable = false)
    public UUID hubId;

    @Column(name = "hub_code", nullable = false, updatable = false)
    public String hubCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentStatus status;

    public String note;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
