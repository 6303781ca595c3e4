package dev.kindling.funding.domain;

/** What a budget pays with. */
public enum BudgetKind {
    CASH,
    CLOUD_CREDITS,
    IN_KIND
}
