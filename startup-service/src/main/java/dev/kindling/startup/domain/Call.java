package dev.kindling.startup.domain;

import dev.kindling.startup.api.Criterion;
import dev.kindling.startup.api.EligibilityRules;
import dev.kindling.startup.api.Question;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call for applications to one cohort: its window, form, eligibility rules and scoring rubric. */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(name = "hub_id", nullable = false, updatable = false)
    public UUID hubId;

    @Column(name = "hub_code", nullable = false, updatable = false)
    public String hubCode;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "opens_at", nullable = false)
    public OffsetDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallStatus status = CallStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Question> form;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public EligibilityRules eligibility;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Criterion> rubric;

    @Column(name = "reviewers_per_application", nullable = false)
    public int reviewersPerApplication;

    @Column(nullable = false)
    public boolean blind;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Whether a submission at {@code now} is taken: OPEN, and inside the window. */
    public boolean accepting(OffsetDateTime now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
