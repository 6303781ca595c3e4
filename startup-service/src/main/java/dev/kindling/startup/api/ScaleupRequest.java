package dev.kindling.startup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's statement that a startup became a scale-up within a program. */
@Schema(name = "ScaleupRequest")
public record ScaleupRequest(
        @NotNull UUID startupId,
        @NotNull UUID programId,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate markedOn,
        @NotBlank @Size(max = 4000) @Schema(examples = "Headcount 12 → 25 and revenue tripled 2021–2024")
                String evidence) {}
