package dev.kindling.startup.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort as the API answers it; seats are held by ACCEPTED, ACTIVE and GRADUATED enrollments. */
@Schema(name = "Cohort")
public record CohortView(
        UUID id,
        UUID programId,
        UUID hubId,
        String hubCode,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int seatsTaken,
        boolean illustrative,
        OffsetDateTime createdAt) {}
