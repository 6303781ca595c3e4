package dev.kindling.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rate entered by hand: 1 base = rate quote on the date. */
public record ExchangeRateRequest(
        @NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String base,
        @NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String quote,
        @NotNull
                @Size(max = 23)
                @Pattern(regexp = "\\d{1,12}(\\.\\d{1,10})?", message = "must be a positive decimal")
                @Schema(description = "How many quote units one base unit buys", examples = "1.0845")
                String rate,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 200) @Schema(examples = "ECB reference rate") String source) {}
