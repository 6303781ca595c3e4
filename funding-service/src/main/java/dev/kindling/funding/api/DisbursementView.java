package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disbursement; {@code reversal} is present once it was reversed. */
public record DisbursementView(
        UUID id,
        UUID allocationId,
        @Schema(nullable = true, description = "The tranche it paid, when the allocation has a schedule")
                UUID trancheId,
        UUID budgetId,
        Money amount,
        LocalDate paidOn,
        @Schema(nullable = true) String externalReference,
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "Present when the disbursement was reversed") ReversalView reversal) {}
