package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new total for a budget, or for one of its yearly lines (a new year adds a line). */
public record AmendmentRequest(
        @NotNull @Valid Money newTotal,
        @Min(1900) @Max(9999) @Schema(description = "The yearly line to amend; required for budgets with lines")
                Integer year,
        @NotBlank @Size(max = 1000) String reason) {}
