package dev.kindling.funding.domain;

import java.util.Set;

/**
 * A milestone's review: PENDING until evidence is submitted, then APPROVED (its tranche may be paid)
 * or REJECTED (with a reason; the evidence can be submitted again). APPROVED is final.
 */
public enum MilestoneStatus {
    PENDING,
    SUBMITTED,
    APPROVED,
    REJECTED;

    /** The statuses this one may move to. */
    public Set<MilestoneStatus> next() {
        return switch (this) {
            case PENDING, REJECTED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(APPROVED, REJECTED);
            case APPROVED -> Set.of();
        };
    }

    /** The statuses that may move to {@code to}. */
    public static Set<MilestoneStatus> from(MilestoneStatus to) {
        return java.util.EnumSet.allOf(MilestoneStatus.class).stream()
                .filter(s -> s.next().contains(to))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
