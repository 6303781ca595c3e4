package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One move of an enrollment's status: from (null when it was created), to, when, who and why. */
@Entity
@Table(name = "enrollment_transition")
public class EnrollmentTransition extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public EnrollmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public EnrollmentStatus toStatus;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "by_subject", nullable = false)
    public String bySubject;

    public String reason;
}
