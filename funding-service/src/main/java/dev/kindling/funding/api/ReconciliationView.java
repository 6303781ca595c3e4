package dev.kindling.funding.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether every kept balance of a budget equals its recomputation from the journal. */
public record ReconciliationView(
        UUID budgetId,
        boolean consistent,
        @Schema(
                        description =
                                "The budget and each yearly line always; recipients, allocations, tranches (`tranche:<id>`,"
                                        + " against their payments) and schedules (`schedule:<allocation id>`, against"
                                        + " their tranches) only when they disagree")
                List<BalanceCheck> checks,
        long recipientsChecked,
        long allocationsChecked) {}
