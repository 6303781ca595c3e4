package dev.kindling.funding.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A budget's approval policy as it stands. */
public record ApprovalPolicyView(
        UUID budgetId,
        Set<String> approverRoles,
        List<ApprovalPolicyRequest.Threshold> thresholds,
        OffsetDateTime updatedAt,
        String updatedBy) {}
