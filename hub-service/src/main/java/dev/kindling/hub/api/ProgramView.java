package dev.kindling.hub.api;

import dev.kindling.hub.domain.ProgramKind;
import dev.kindling.hub.domain.Region;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program with the hubs that run it and its targets. */
@Schema(name = "Program")
public record ProgramView(
        @Schema(examples = "00000000-0000-7000-8000-000000000201") UUID id,
        @Schema(examples = "SPARK-APAC") String code,
        @Schema(examples = "Spark Program (Asia Pacific)") String name,
        @Schema(examples = "ACCELERATOR") ProgramKind kind,
        @Schema(examples = "ASIA_PACIFIC") Region region,
        @Schema(nullable = true, examples = "2021-01-01") LocalDate startsOn,
        @Schema(nullable = true, examples = "2023-12-31") LocalDate endsOn,
        boolean archived,
        @Schema(description = "The hubs that run the program, in the order they were added") List<ProgramHubView> hubs,
        List<TargetView> targets,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
