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
        @Schema(description = "For an allocation: the yearly line, if any") Integer year,
        @Schema(description = "For an allocation: the recipient") RecipientView recipient,
        String note,
        @Schema(description = "For a disbursement: the allocation it pays from") UUID allocationId,
        LocalDate paidOn,
        String externalReference,
        String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(description = "Seconds since the request was made") long ageSeconds,
        OffsetDateTime decidedAt,
        String decidedBy,
        String decisionReason,
        @Schema(description = "The allocation or disbursement made when the last approval landed") UUID resultId) {

    /** One person's approval (a person counts once, whatever they send again). */
    public record Approval(String approver, String role, String reason, OffsetDateTime approvedAt) {}
}
