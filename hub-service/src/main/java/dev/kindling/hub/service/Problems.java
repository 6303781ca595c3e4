package dev.kindling.hub.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;

/** The standard wordings of hub-service's archive problems. */
final class Problems {
    private Problems() {}

    static ProblemException archiveInstead(String what) {
        return ProblemException.conflict(
                ProblemType.ARCHIVE_INSTEAD,
                "This " + what
                        + " is referenced and keeps its history; archive it (POST …/archive) instead of deleting");
    }

    static ProblemException alreadyArchived(String what) {
        return ProblemException.conflict(ProblemType.ALREADY_ARCHIVED, "This " + what + " is already archived");
    }

    static ProblemException archived(String what, String action) {
        return ProblemException.conflict(ProblemType.ARCHIVED, "An archived " + what + " cannot " + action);
    }
}
