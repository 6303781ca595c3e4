package dev.kindling.startup.domain;

/** A DRAFT is saved answers; SUBMITTED made the APPLIED enrollment; WITHDRAWN is final. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN
}
