package dev.kindling.startup.api;

import dev.kindling.startup.domain.EnrollmentStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded move of an enrollment; {@code from} is absent for the application itself. */
@Schema(name = "EnrollmentTransition")
public record TransitionView(
        UUID id,
        UUID enrollmentId,
        @Schema(nullable = true) EnrollmentStatus from,
        EnrollmentStatus to,
        OffsetDateTime at,
        String by,
        @Schema(nullable = true) String reason) {}
