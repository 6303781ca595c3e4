package dev.kindling.hub.api;

import dev.kindling.hub.domain.TargetMetric;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program target to create, or its new content (replaced as a whole). */
@Schema(name = "TargetWrite")
public record TargetRequest(
        @Schema(examples = "STARTUPS_RECRUITED") @NotNull TargetMetric metric,
        @Schema(examples = "1000") @NotNull @Positive @Max(1_000_000_000_000L) Long value,
        @Schema(examples = "2023-12-31", description = "Absent when the target has no date") LocalDate dueOn) {}
