package dev.kindling.funding.domain;

/** OPEN allocations can be disbursed; CANCELLED and RELEASED ones gave back what was not paid. */
public enum AllocationStatus {
    OPEN,
    CANCELLED,
    RELEASED
}
