package dev.kindling.startup.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The enrollment status machine: APPLIED → SCREENING → ACCEPTED → ACTIVE → GRADUATED, with REJECTED
 * (before acceptance) and WITHDRAWN (any time before the end) as exits. GRADUATED, REJECTED and
 * WITHDRAWN are final.
 */
public enum EnrollmentStatus {
    APPLIED,
    SCREENING,
    ACCEPTED,
    ACTIVE,
    GRADUATED,
    REJECTED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<EnrollmentStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(SCREENING, REJECTED, WITHDRAWN);
            case SCREENING -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(GRADUATED, WITHDRAWN);
            case GRADUATED, REJECTED, WITHDRAWN -> EnumSet.noneOf(EnrollmentStatus.class);
        };
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return next().contains(target);
    }

    /** Whether an enrollment in this status holds one of the cohort's seats. */
    public boolean holdsSeat() {
        return this == ACCEPTED || this == ACTIVE || this == GRADUATED;
    }
}
