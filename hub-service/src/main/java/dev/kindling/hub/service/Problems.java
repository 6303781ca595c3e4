package dev.kindling.hub.service;

import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** The hub-service problems that name a field or need a standard wording. */
final class Problems {
    private Problems() {}

    static ProblemException conflict(String slug, String field, String message) {
        return new ProblemException(
                409, slug, field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    static ProblemException archiveInstead(String what) {
        return ProblemException.conflict(
                "archive-instead",
                "This " + what
                        + " is referenced and keeps its history; archive it (POST …/archive) instead of deleting");
    }

    static ProblemException alreadyArchived(String what) {
        return ProblemException.conflict("already-archived", "This " + what + " is already archived");
    }
}
