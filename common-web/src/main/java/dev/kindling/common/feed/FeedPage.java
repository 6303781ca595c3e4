package dev.kindling.common.feed;

import java.util.List;

/**
 * A page of a service's change feed: the events after the position asked for, and the position to ask
 * after next time (past the events the caller may not see, so a partner does not read them again).
 */
public record FeedPage(List<FeedEvent> events, long next) {
    /** The {@code after} that asks for no events and the newest position as {@code next}: start from now. */
    public static final String HEAD = "head";
}
