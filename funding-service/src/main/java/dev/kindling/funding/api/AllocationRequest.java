package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Commits part of a budget (and of one yearly line, when the budget has lines) to a recipient. */
public record AllocationRequest(
        @NotNull UUID budgetId,
        @Min(1900) @Max(9999) @Schema(description = "The yearly line; required when the budget has lines") Integer year,
        @NotNull @Valid RecipientRef recipient,
        @NotNull @Valid Money amount,
        @Size(max = 1000) String note) {}
