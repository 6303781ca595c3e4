package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One yearly line of a new budget. */
public record BudgetLineRequest(@NotNull @Min(1900) @Max(9999) Integer year, @NotNull @Valid Money total) {}
