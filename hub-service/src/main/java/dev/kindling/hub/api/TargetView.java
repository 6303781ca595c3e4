package dev.kindling.hub.api;

import dev.kindling.hub.domain.TargetMetric;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program target. */
@Schema(name = "Target")
public record TargetView(
        @Schema(examples = "00000000-0000-7000-8000-000000000901") UUID id,
        @Schema(examples = "STARTUPS_RECRUITED") TargetMetric metric,
        @Schema(examples = "1000") long value,
        @Schema(nullable = true, examples = "2023-12-31") LocalDate dueOn) {}
