package dev.kindling.startup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a review, kept for good: assigned, submitted (with its scores), reopened, removed. */
@Entity
@Immutable
@Table(name = "review_event")
public class ReviewEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "by_subject", nullable = false)
    public String by;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> scores;

    public String comment;
}
