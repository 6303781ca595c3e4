package dev.kindling.startup.rest;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.startup.domain.EnrollmentStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Query parameters read by hand, so that a malformed value is a 400 naming the parameter (JAX-RS
 * would answer an unconvertible query parameter with a bare 404).
 */
final class Params {
    private Params() {}

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "is not a UUID");
        }
    }

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
        List<EnrollmentStatus> statuses = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(EnrollmentStatus.valueOf(part.trim()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest(
                            "status", "must be one of " + Arrays.toString(EnrollmentStatus.values()));
                }
            }
        }
        return statuses;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
