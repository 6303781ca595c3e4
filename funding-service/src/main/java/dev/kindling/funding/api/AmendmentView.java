package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One amendment in a budget's history. */
public record AmendmentView(
        UUID id,
        UUID budgetId,
        @Schema(nullable = true) Integer year,
        Money oldTotal,
        Money newTotal,
        String reason,
        OffsetDateTime amendedAt,
        String amendedBy) {}
