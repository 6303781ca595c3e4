package dev.kindling.startup.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Enrollment counts by status and scale-up counts, one group per (program, hub). */
@Schema(name = "StartupStats")
public record StatsView(List<Group> groups) {

    @Schema(name = "StartupStatsGroup")
    public record Group(
            @Schema(nullable = true) UUID programId,
            @Schema(nullable = true) UUID hubId,
            @Schema(nullable = true) String hubCode,
            @Schema(description = "Every enrollment status, with 0 when none") Map<String, Long> counts,
            long scaleups) {}
}
