package dev.kindling.startup.api;

import dev.kindling.startup.domain.EnrollmentStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrollment as the API answers it, with the statuses it may move to next. */
@Schema(name = "Enrollment")
public record EnrollmentView(
        UUID id,
        UUID startupId,
        UUID cohortId,
        UUID programId,
        UUID hubId,
        String hubCode,
        EnrollmentStatus status,
        List<EnrollmentStatus> allowedTransitions,
        @Schema(nullable = true) String note,
        OffsetDateTime statusChangedAt,
        OffsetDateTime createdAt) {}
