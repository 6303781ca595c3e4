package dev.kindling.startup.api;

import dev.kindling.startup.domain.EnrollmentStatus;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What each decision did: every item is applied whole or not at all. */
@Schema(name = "Decisions")
public record DecisionView(int changed, int unchanged, int failed, List<Result> results) {

    @Schema(name = "DecisionResult")
    public record Result(
            UUID applicationId,
            @Schema(nullable = true) UUID enrollmentId,
            @Schema(nullable = true) EnrollmentStatus from,
            EnrollmentStatus to,
            @Schema(description = "CHANGED, UNCHANGED (already there) or FAILED (nothing of this item applied)")
                    String outcome,
            @Schema(nullable = true, description = "The problem type of a failure, e.g. …/problems/cohort-full")
                    String problemType,
            @Schema(nullable = true) String detail) {}
}
