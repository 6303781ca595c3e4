package dev.kindling.startup.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Enrollment counts by status and scale-up counts, one group per (program, hub); applications per call. */
@Schema(name = "StartupStats")
public record StatsView(List<Group> groups, List<CallCounts> calls) {

    @Schema(name = "StartupStatsGroup")
    public record Group(
            @Schema(nullable = true) UUID programId,
            @Schema(nullable = true) UUID hubId,
            @Schema(nullable = true) String hubCode,
            @Schema(description = "Every enrollment status, with 0 when none: where enrollments are now")
                    Map<String, Long> counts,
            long scaleups,
            Funnel funnel) {}

    /**
     * How many enrollments ever reached each stage: applied counts every enrollment (all start APPLIED),
     * screened / accepted / active those that ever moved into SCREENING / ACCEPTED / ACTIVE (whatever
     * happened later), graduated those GRADUATED.
     */
    @Schema(name = "Funnel", description = "Enrollments that ever reached each stage (later exits included)")
    public record Funnel(long applied, long screened, long accepted, long active, long graduated) {}

    @Schema(name = "CallApplicationCounts", description = "One call's applications by status")
    public record CallCounts(
            UUID callId,
            UUID programId,
            UUID hubId,
            String hubCode,
            String title,
            long drafts,
            long submitted,
            long withdrawn) {}
}
