package dev.kindling.common.idempotency;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an {@code Idempotency-Key} is claimed for. The scope of a key is (caller, operation), where the
 * operation is the method and path <em>template</em> ({@code "POST /api/v1/hubs/{id}/activate"}); the
 * fingerprint covers the operation, the resource acted on ({@code target}, the path's id; null for a
 * collection) and the body. So the same key sent again with the same target and body replays the
 * answer, and with another body <em>or another target</em> is 422 idempotency-key-reused.
 */
public record Idempotent(String key, String operation, UUID target, Object body) {
    private static final Pattern CONCRETE_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public Idempotent {
        if (operation == null || CONCRETE_ID.matcher(operation).find()) {
            throw new IllegalArgumentException(
                    "The operation is a path template such as \"POST /api/v1/hubs/{id}/activate\", not " + operation);
        }
    }

    /** A POST to a collection: {@code create(key, "POST /api/v1/hubs", request)}. */
    public static Idempotent create(String key, String operation, Object body) {
        return new Idempotent(key, operation, null, body);
    }

    /** A POST that acts on (or creates under) the resource with id {@code target}. */
    public static Idempotent on(String key, String operation, UUID target, Object body) {
        return new Idempotent(key, operation, target, body);
    }
}
