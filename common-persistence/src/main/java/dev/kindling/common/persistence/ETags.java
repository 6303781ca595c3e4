package dev.kindling.common.persistence;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;

/** Entity versions as strong ETags ({@code "3"}), and the If-Match check every update makes. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: 428 when absent, 400 when it is not one of ours. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.IF_MATCH_REQUIRED, "Send If-Match with the ETag you read, so no change is lost");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "is not an ETag this API gave out");
        }
    }

    /** 412 unless the stored version is the one the client read. */
    public static void check(String ifMatch, long currentVersion) {
        if (expectedVersion(ifMatch) != currentVersion) {
            throw ProblemException.preconditionFailed(
                    "This resource changed since you read it (now " + of(currentVersion) + "); read it again");
        }
    }
}
