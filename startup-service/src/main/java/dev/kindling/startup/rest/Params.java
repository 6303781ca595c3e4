package dev.kindling.startup.rest;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.web.QueryParams;
import dev.kindling.startup.domain.EnrollmentStatus;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters read by hand, so that a malformed value is a 400 naming the parameter (JAX-RS
 * would answer an unconvertible query parameter with a bare 404).
 */
final class Params {
    private Params() {}

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    /** Statuses from repeated and/or comma-separated values: ?status=ACCEPTED&status=ACTIVE. */
    static List<EnrollmentStatus> statuses(List<String> values) {
        return QueryParams.enumValues(EnrollmentStatus.class, "status", values);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
