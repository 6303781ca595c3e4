package dev.kindling.startup.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether one startup meets the OECD scale-up rule on a date, and why or why not. */
@Schema(name = "ScaleupAssessment")
public record AssessmentView(
        UUID startupId,
        @Schema(description = "The date judged: snapshots after it are not looked at") LocalDate asOf,
        @Schema(description = "True when the startup meets the OECD rule (a candidate, unless already marked)")
                boolean meets,
        @Schema(nullable = true, description = "First snapshot of the period judged; absent when there is none")
                LocalDate periodStart,
        @Schema(nullable = true, description = "Last snapshot of the period judged; absent when there is none")
                LocalDate periodEnd,
        @Schema(nullable = true) Integer startHeadcount,
        @Schema(nullable = true) Integer endHeadcount,
        @Schema(nullable = true, description = "Average annualised headcount growth in percent", examples = "24.1")
                String employeeGrowthPercent,
        @Schema(
                        nullable = true,
                        description = "Average annualised revenue growth in percent, absent when not comparable")
                String revenueGrowthPercent,
        @Schema(description = "Each step of the rule, in words") List<String> reasons) {}
