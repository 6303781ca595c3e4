package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.AllocationStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An allocation: amount committed, released back, disbursed, and what remains to pay. */
public record AllocationView(
        UUID id,
        UUID budgetId,
        @Schema(nullable = true) Integer year,
        RecipientView recipient,
        Money amount,
        @Schema(description = "Given back to the budget by cancel or release") Money released,
        Money disbursed,
        @Schema(description = "The sum of its tranches; zero when it has no schedule") Money scheduled,
        @Schema(description = "Still payable: amount - released - disbursed") Money remaining,
        AllocationStatus status,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String closeReason,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime closedAt) {}
