package dev.kindling.startup.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may apply; every rule given must hold for the startup, an absent rule always holds. */
@Schema(name = "EligibilityRules")
public record EligibilityRules(
        @Size(max = 250)
                @Schema(nullable = true, description = "The startup's country is one of these (ISO 3166-1 alpha-2)")
                List<
                                @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                                @Size(max = 2) String>
                        countries,
        @Schema(nullable = true, description = "Founded on or after this day") LocalDate foundedOnOrAfter,
        @PositiveOrZero @Max(10_000_000) @Schema(nullable = true) Integer minTeamSize,
        @PositiveOrZero @Max(10_000_000) @Schema(nullable = true) Integer maxTeamSize,
        @Size(max = 100)
                @Schema(nullable = true, description = "The startup's sector is one of these (as written on it)")
                List<@NotBlank @Size(max = 100) String> sectors) {

    public static final EligibilityRules ANYONE = new EligibilityRules(null, null, null, null, null);
}
