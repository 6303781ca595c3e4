package dev.kindling.common.persistence;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;

/**
 * Entity versions as strong ETags ({@code "3"}) and the one optimistic-concurrency rule. Resources read
 * the {@code If-Match} header: {@link #required} where a change replaces what the client read (PUT, a
 * budget amendment: 428 without it), {@link #optional} for actions and deletes (the state machine
 * guards them; when sent it is checked). Services compare with {@link #check}: 412 when stale.
 */
public final class ETags {
    public static final String IF_MATCH = "If-Match";

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: 428 when absent, 400 when it is not one of ours. */
    public static long required(String ifMatch) {
        Long version = optional(ifMatch);
        if (version == null) {
            throw new ProblemException(
                    ProblemType.IF_MATCH_REQUIRED, "Send If-Match with the ETag you read, so no change is lost");
        }
        return version;
    }

    /** The version an If-Match header names, or null when none was sent; 400 when it is not one of ours. */
    public static Long optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
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
            throw ProblemException.badRequest(IF_MATCH, "is not an ETag this API gave out");
        }
    }

    /** 412 unless no version was expected or the stored one is the one the client read. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw ProblemException.preconditionFailed(
                    "This resource changed since you read it (now " + of(current) + "); read it again");
        }
    }
}
