package dev.kindling.startup.api;

import dev.kindling.startup.domain.EnrollmentStatus;
import java.util.List;
import java.util.UUID;

/**
 * Filters of the startup list. Cohort, program, hub and status filters apply to one and the same
 * enrollment of the startup; {@code q} matches the start of the normalised name.
 */
public record StartupSearch(
        String country,
        String sector,
        UUID cohortId,
        UUID programId,
        UUID hubId,
        List<EnrollmentStatus> statuses,
        Boolean scaleup,
        String q) {

    public boolean byEnrollment() {
        return cohortId != null || programId != null || hubId != null || (statuses != null && !statuses.isEmpty());
    }
}
