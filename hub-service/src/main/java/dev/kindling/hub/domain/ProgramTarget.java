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

/** What a program aims for: a metric, a value, and optionally the date it is due. */
@Entity
@Table(name = "program_target")
public class ProgramTarget extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetMetric metric;

    @Column(nullable = false)
    public long value;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
