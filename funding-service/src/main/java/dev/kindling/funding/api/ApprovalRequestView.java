package dev.kindling.funding.api;

import dev.kindling.common.money.Money;
import dev.kindling.funding.domain.ApprovalKind;
import dev.kindling.funding.domain.ApprovalStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request waiting for (or done with) approvals, with every approval given and how it ended. */
public record ApprovalRequestView(
        UUID id,
        UUID budgetId,
        ApprovalKind kind,
        ApprovalStatus status,
        Money amount,
        int approvalsRequired,
        List<Approval> approvals,
        @Schema(nullable = true, description = "For an allocation: the yearly line, if any") Integer year,
        @Schema(nullable = true, description = "For an allocation: the recipient") RecipientView recipient,
        @Schema(nullable = true) String note,
        @Schema(nullable = true, description = "For a disbursement: the allocation it pays from") UUID allocationId,
        @Schema(nullable = true, description = "For a disbursement: the tranche it pays, if any") UUID trancheId,
        @Schema(nullable = true) LocalDate paidOn,
        @Schema(nullable = true) String externalReference,
        String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(description = "Seconds since the request was made") long ageSeconds,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true, description = "The allocation or disbursement made when the last approval landed")
                UUID resultId) {

    /** One person's approval (a person counts once, whatever they send again). */
    public record Approval(
            String approver, String role, @Schema(nullable = true) String reason, OffsetDateTime approvedAt) {}
}
