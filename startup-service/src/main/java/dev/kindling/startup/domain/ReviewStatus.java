package dev.kindling.startup.domain;

/** A review: ASSIGNED (to be scored) → SUBMITTED (final; a manager may reopen it) or REMOVED (unassigned). */
public enum ReviewStatus {
    ASSIGNED,
    SUBMITTED,
    REMOVED
}
