package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Utilisation grouped by program, source, kind, hub or month; one row per group and currency. With a
 * reporting currency, each row also shows its figures converted, and {@code totals} sums them.
 */
public record UtilisationReport(
        String groupBy,
        List<UtilisationRow> rows,
        @Schema(
                        description = "Milestones past their due date and not approved, on open allocations, in the"
                                + " report's scope (program, hub, a partner's hubs)")
                long overdueMilestones,
        @Schema(nullable = true, description = "The currency asked for with reportingCurrency")
                String reportingCurrency,
        @Schema(nullable = true, description = "The date whose rates convert (today unless asOf was given)")
                LocalDate asOf,
        @Schema(nullable = true, description = "The converted figures of every row, summed") Totals totals) {

    public record Totals(Money total, Money committed, Money disbursed, Money available) {}
}
