package dev.kindling.funding.domain;

/**
 * An approval request waits in PENDING_APPROVAL until enough distinct approvers approve (EXECUTED: the
 * money moved), an approver rejects it (REJECTED) or its requester withdraws it (CANCELLED).
 */
public enum ApprovalStatus {
    PENDING_APPROVAL,
    EXECUTED,
    REJECTED,
    CANCELLED
}
