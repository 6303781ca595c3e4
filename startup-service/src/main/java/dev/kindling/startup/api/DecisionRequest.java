package dev.kindling.startup.api;

import dev.kindling.startup.domain.EnrollmentStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Decisions on a call's applications: a list, or a cut of the ranking (exactly one of the two). */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Size(max = 5000) @Schema(nullable = true, description = "Each application and the status it moves to")
                List<@Valid @NotNull Item> items,
        @Valid
                @Schema(
                        nullable = true,
                        description = "The top of the current ranking to one status, the rest to another")
                FromRanking fromRanking) {

    @Schema(name = "DecisionItem")
    public record Item(
            @NotNull UUID applicationId,
            @NotNull @Schema(description = "The enrollment status to reach, e.g. SCREENING, ACCEPTED, REJECTED")
                    EnrollmentStatus status,
            @Size(max = 2000) @Schema(nullable = true, description = "Required for REJECTED and WITHDRAWN")
                    String reason) {}

    @Schema(name = "DecisionFromRanking")
    public record FromRanking(
            @Min(0) @Max(100000) @Schema(description = "How many of the ranked applications, from rank 1") int top,
            @NotNull EnrollmentStatus status,
            @Schema(nullable = true, description = "Where every other submitted application goes; left as is when null")
                    EnrollmentStatus restStatus,
            @Size(max = 2000) @Schema(nullable = true) String reason) {}
}
