package dev.kindling.startup.api;

import dev.kindling.startup.domain.ReviewStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reviewer's review of one application. */
@Schema(name = "Review")
public record ReviewView(
        UUID id,
        UUID applicationId,
        UUID callId,
        String hubCode,
        String reviewer,
        @Schema(description = "ASSIGNED (to score) → SUBMITTED (final; a manager may reopen it), or REMOVED")
                ReviewStatus status,
        @Schema(description = "Score per criterion key (a draft may be partial)") Map<String, Integer> scores,
        @Schema(nullable = true) String comment,
        @Schema(
                        nullable = true,
                        description = "Once submitted: the weighted mean of the scores on the rubric's scale (see"
                                + " the ranking)")
                BigDecimal score,
        OffsetDateTime assignedAt,
        String assignedBy,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true, description = "Why it was removed (unassigned, or a conflict)") String removedReason,
        OffsetDateTime updatedAt,
        @Schema(description = "Every step, oldest first") List<Step> history) {

    @Schema(name = "ReviewStep")
    public record Step(
            @Schema(description = "ASSIGNED, SUBMITTED, REOPENED or REMOVED") String action,
            OffsetDateTime at,
            String by,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true, description = "The scores submitted (SUBMITTED steps)")
                    Map<String, Integer> scores,
            @Schema(nullable = true) String comment) {}
}
