package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A manager's statement that a startup became a scale-up within a program, counted at its hub. */
@Entity
@Table(name = "scaleup")
public class Scaleup extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "startup_id", nullable = false)
    public UUID startupId;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(name = "hub_id", nullable = false)
    public UUID hubId;

    @Column(name = "hub_code", nullable = false)
    public String hubCode;

    @Column(name = "marked_on", nullable = false)
    public LocalDate markedOn;

    @Column(nullable = false)
    public String evidence;

    @Column(name = "marked_by", nullable = false)
    public String markedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
