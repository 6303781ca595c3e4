package dev.kindling.startup.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new intake of a program at a hub. */
@Schema(name = "CohortRequest")
public record CohortRequest(
        @NotNull UUID programId,
        @NotNull UUID hubId,
        @NotBlank @Size(max = 200) @Schema(examples = "Spark SG 2025 spring") String name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(1) @Max(100000) @Schema(examples = "20") Integer capacity) {}
