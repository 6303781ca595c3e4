package dev.kindling.gateway.events;

import dev.kindling.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The merged feed's opaque cursor: the position reached in each service's feed, e.g. {@code
 * hub:42,startup:7,funding:19}, base64url-encoded. Positions live in the services' databases, so a
 * cursor survives restarts and works on every replica. A service missing from a cursor is read from its
 * oldest event kept.
 */
public record EventCursor(Map<String, Long> positions) {
    /** What a cursor looks like in a query string. */
    public static final String PATTERN = "[A-Za-z0-9_-]{1,400}";

    private static final String MALFORMED = "is not a cursor of this feed";

    public EventCursor {
        positions = Map.copyOf(positions);
    }

    /** The position reached in this service's feed, or null to start at its oldest event kept. */
    public Long of(String service) {
        return positions.get(service);
    }

    public EventCursor with(String service, long position) {
        Map<String, Long> next = new LinkedHashMap<>(positions);
        next.put(service, position);
        return new EventCursor(next);
    }

    public String encode() {
        String plain = positions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor sent, checked against the services there are; empty (read from the oldest) when none. */
    public static EventCursor decode(String cursor, java.util.Set<String> services) {
        if (cursor == null || cursor.isEmpty()) {
            return new EventCursor(Map.of());
        }
        Map<String, Long> positions = new LinkedHashMap<>();
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            for (String part : plain.split(",")) {
                String[] pair = part.split(":", 2);
                long position = Long.parseLong(pair[1]);
                if (!services.contains(pair[0]) || position < 0 || positions.put(pair[0], position) != null) {
                    throw ProblemException.badRequest("after", MALFORMED);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.badRequest("after", MALFORMED);
        }
        return new EventCursor(positions);
    }
}
