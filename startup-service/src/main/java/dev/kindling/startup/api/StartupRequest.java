package dev.kindling.startup.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A startup as a client creates or replaces it. */
@Schema(name = "StartupRequest")
public record StartupRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Acme Robotics") String name,
        @NotNull
                @Size(max = 2)
                @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                @Schema(examples = "SG")
                String country,
        @Size(max = 100) String city,
        @Size(max = 100) @Schema(examples = "FINTECH") String sector,
        @PastOrPresent(message = "must not be in the future") LocalDate foundedOn,
        @Size(max = 500) @Schema(examples = "https://acme.example") String website,
        @PositiveOrZero @Max(10_000_000) @Schema(examples = "12") Integer teamSize) {}
