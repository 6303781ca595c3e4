package dev.kindling.funding.domain;

/** Who an allocation commits money to. */
public enum RecipientType {
    HUB,
    COHORT,
    STARTUP
}
