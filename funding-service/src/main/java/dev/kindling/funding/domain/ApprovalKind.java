package dev.kindling.funding.domain;

/** What an approval request moves when it is approved: a new allocation or a disbursement. */
public enum ApprovalKind {
    ALLOCATION,
    DISBURSEMENT
}
