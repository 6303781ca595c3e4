package dev.kindling.hub.api;

import dev.kindling.hub.domain.ProgramKind;
import dev.kindling.hub.domain.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a program, replaced as a whole; the code never changes. */
@Schema(name = "ProgramUpdate")
public record ProgramUpdateRequest(
        @Schema(examples = "Spark Program (Asia Pacific)") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "ACCELERATOR") @NotNull ProgramKind kind,
        @Schema(examples = "ASIA_PACIFIC") @NotNull Region region,
        @Schema(examples = "2021-01-01") LocalDate startsOn,
        @Schema(examples = "2023-12-31") LocalDate endsOn) {}
