package dev.kindling.gateway.readmodel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Progress against each target: STARTUPS_RECRUITED against recruited, SCALEUPS against scale-ups,
 * STARTUPS_ACTIVE and STARTUPS_GRADUATED against active and graduated. A target no figure measures
 * has {@code actual} and {@code percent} null. Unavailable when the program or the startups are.
 */
@Schema(
        description = "Progress against each target in percent; only status when UNAVAILABLE",
        requiredProperties = "status")
public record ProgressPart(PartStatus status, List<TargetProgress> targets) {

    public record TargetProgress(
            UUID targetId,
            @Schema(ref = "TargetMetric") String metric,
            @Schema(examples = "1000") BigDecimal target,
            @Schema(nullable = true) LocalDate dueOn,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(examples = "412", nullable = true) Long actual,
            @JsonInclude(JsonInclude.Include.ALWAYS)
                    @Schema(examples = "41.2", nullable = true, description = "actual / target in percent, 1 decimal")
                    BigDecimal percent) {}

    public static ProgressPart unavailable() {
        return new ProgressPart(PartStatus.UNAVAILABLE, null);
    }

    public static ProgressPart of(List<ProgramPart.ProgramTarget> targets, StartupCounts total) {
        return new ProgressPart(
                PartStatus.AVAILABLE,
                targets.stream().map(t -> progress(t, total)).toList());
    }

    static TargetProgress progress(ProgramPart.ProgramTarget target, StartupCounts total) {
        Long actual = measure(target.metric(), total);
        BigDecimal percent =
                actual == null || target.value() == null || target.value().signum() <= 0
                        ? null
                        : BigDecimal.valueOf(actual)
                                .multiply(BigDecimal.valueOf(100))
                                .divide(target.value(), 1, RoundingMode.HALF_UP);
        return new TargetProgress(target.id(), target.metric(), target.value(), target.dueOn(), actual, percent);
    }

    private static Long measure(String metric, StartupCounts total) {
        if (metric == null) {
            return null;
        }
        return switch (metric) {
            case "STARTUPS_RECRUITED" -> total.recruited();
            case "SCALEUPS" -> total.scaleups();
            case "STARTUPS_ACTIVE" -> total.active();
            case "STARTUPS_GRADUATED" -> total.graduated();
            default -> null;
        };
    }
}
