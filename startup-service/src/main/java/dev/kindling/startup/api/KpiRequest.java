package dev.kindling.startup.api;

import dev.kindling.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI snapshot of a startup on a date. */
@Schema(name = "KpiSnapshotRequest")
public record KpiRequest(
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate asOf,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer headcount,
        @Valid Money revenue,
        @Valid Money fundsRaised) {}
