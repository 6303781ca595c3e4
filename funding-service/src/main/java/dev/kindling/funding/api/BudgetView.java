package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.BudgetKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A budget with its balances and yearly lines. */
public record BudgetView(
        UUID id,
        UUID programId,
        String name,
        String source,
        BudgetKind kind,
        String currency,
        LocalDate startsOn,
        @Schema(nullable = true) LocalDate endsOn,
        Money total,
        Money committed,
        Money disbursed,
        Money available,
        List<BudgetLineView> lines,
        OffsetDateTime createdAt) {}
