package dev.kindling.startup.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A startup that meets the OECD scale-up rule, and why. */
@Schema(name = "ScaleupCandidate")
public record CandidateView(
        UUID startupId,
        String startupName,
        String hubCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        int startHeadcount,
        int endHeadcount,
        @Schema(description = "Average annualised headcount growth in percent", examples = "24.1")
                String employeeGrowthPercent,
        @Schema(
                        nullable = true,
                        description = "Average annualised revenue growth in percent, absent when not comparable")
                String revenueGrowthPercent,
        List<String> reasons) {}
