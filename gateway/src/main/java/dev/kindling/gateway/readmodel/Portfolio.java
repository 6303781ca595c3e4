package dev.kindling.gateway.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every program at a glance, a keyset page of them: progress to each target and money per currency.
 * The programs come from hub-service (without it there is no portfolio: 503); a program's startups
 * and funding parts are UNAVAILABLE when their service did not answer.
 */
@Schema(description = "A page of programs with their progress to targets and funding per currency")
public record Portfolio(
        List<Line> items,
        @Schema(nullable = true, description = "Pass as ?cursor= to get the next page; absent on the last page")
                String nextCursor) {

    @Schema(name = "PortfolioLine", description = "One program: its targets, startups and funding")
    public record Line(
            UUID programId,
            @Schema(examples = "SPARK-APAC") String code,
            String name,
            @Schema(ref = "ProgramKind") String kind,
            @Schema(ref = "Region") String region,
            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate endsOn,
            StartupPart startups,
            ProgressPart progress,
            @Schema(description = "Funding per currency (byKind is not given here)") FundingPart funding) {}
}
