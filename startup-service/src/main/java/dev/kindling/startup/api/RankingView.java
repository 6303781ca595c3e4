package dev.kindling.startup.api;

import dev.kindling.startup.domain.EnrollmentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call's submitted applications ranked by their normalised score. */
@Schema(name = "Ranking")
public record RankingView(
        UUID callId,
        @Schema(description = "The rubric's scale: the criteria's common scale, or 0–100 when they differ")
                int scaleMin,
        int scaleMax,
        @Schema(description = "Spread above which reviewers disagree: a quarter of the scale's range")
                BigDecimal disagreementThreshold,
        @Schema(description = "Submitted reviews in the call") int reviews,
        List<Entry> applications) {

    @Schema(name = "RankingEntry")
    public record Entry(
            @Schema(description = "1 for the best; applications without a submitted review come last, unranked")
                    Integer rank,
            UUID applicationId,
            UUID startupId,
            String startupName,
            String hubCode,
            UUID enrollmentId,
            EnrollmentStatus enrollmentStatus,
            @Schema(description = "Reviews assigned and not removed") int reviewsAssigned,
            int reviewsSubmitted,
            @Schema(nullable = true, description = "Mean of the reviews' weighted scores") BigDecimal meanScore,
            @Schema(nullable = true, description = "Mean of the reviews' z-scores, back on the scale")
                    BigDecimal normalisedScore,
            @Schema(nullable = true, description = "Highest minus lowest review score") BigDecimal spread,
            @Schema(description = "Spread above the threshold") boolean disagreement,
            @Schema(description = "Mean score per criterion key over the submitted reviews")
                    Map<String, BigDecimal> criteria) {}
}
