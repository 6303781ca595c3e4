package dev.kindling.startup.domain;

/** DRAFT calls are edited; OPEN ones take applications (form and rubric frozen); CLOSED ones take none. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED
}
