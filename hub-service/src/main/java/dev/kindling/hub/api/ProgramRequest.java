package dev.kindling.hub.api;

import dev.kindling.hub.domain.ProgramKind;
import dev.kindling.hub.domain.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new program; add its hubs and targets afterwards. */
@Schema(name = "ProgramCreate")
public record ProgramRequest(
        @Schema(examples = "SPARK-APAC", description = "Unique; cannot change later")
                @NotBlank
                @Size(min = 2, max = 32)
                @Pattern(regexp = Codes.PATTERN, message = Codes.PATTERN_MESSAGE)
                String code,
        @Schema(examples = "Spark Program (Asia Pacific)") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "ACCELERATOR") @NotNull ProgramKind kind,
        @Schema(examples = "ASIA_PACIFIC") @NotNull Region region,
        @Schema(examples = "2021-01-01", description = "Absent when not known") LocalDate startsOn,
        @Schema(examples = "2023-12-31", description = "Absent for open-ended programs; not before startsOn")
                LocalDate endsOn) {}
