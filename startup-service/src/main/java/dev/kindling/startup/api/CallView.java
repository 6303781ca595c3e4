package dev.kindling.startup.api;

import dev.kindling.startup.domain.CallStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for applications. */
@Schema(name = "Call")
public record CallView(
        UUID id,
        UUID cohortId,
        UUID programId,
        UUID hubId,
        String hubCode,
        String title,
        @Schema(nullable = true) String description,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        @Schema(description = "DRAFT (editable) → OPEN (form and rubric frozen) → CLOSED") CallStatus status,
        @Schema(description = "Whether a submission now would be taken: OPEN and between opensAt and closesAt")
                boolean acceptingApplications,
        List<Question> form,
        EligibilityRules eligibility,
        List<Criterion> rubric,
        int reviewersPerApplication,
        boolean blind,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
