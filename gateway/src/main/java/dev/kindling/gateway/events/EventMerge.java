package dev.kindling.gateway.events;

import dev.kindling.common.feed.FeedEvent;
import dev.kindling.common.feed.FeedPage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges pages of the services' feeds into one page of the public feed. What it promises: each
 * service's events in the order that service published them (so one aggregate's events in the order
 * they happened, as an aggregate lives in one service); across services, interleaved by publication
 * time, which is a best effort (clocks, a service that was unavailable). Every event taken moves the
 * cursor past it in its service only; an event not taken stays after the cursor, so none is skipped.
 */
final class EventMerge {
    private EventMerge() {}

    /**
     * @param pages each answering service's page, in a fixed service order
     * @param start the cursor the pages were read after
     */
    static EventPage merge(Map<String, FeedPage> pages, EventCursor start, int limit, List<String> unavailable) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        pages.keySet().forEach(service -> taken.put(service, 0));
        EventCursor cursor = start;
        List<Event> events = new ArrayList<>();
        while (events.size() < limit) {
            String next = null;
            OffsetDateTime earliest = null;
            for (Map.Entry<String, FeedPage> page : pages.entrySet()) {
                int i = taken.get(page.getKey());
                if (i < page.getValue().events().size()) {
                    OffsetDateTime at = page.getValue().events().get(i).publishedAt();
                    if (earliest == null || at.isBefore(earliest)) {
                        earliest = at;
                        next = page.getKey();
                    }
                }
            }
            if (next == null) {
                break;
            }
            FeedEvent item = pages.get(next).events().get(taken.get(next));
            taken.merge(next, 1, Integer::sum);
            cursor = cursor.with(next, item.position());
            events.add(new Event(
                    item.id(),
                    item.type(),
                    item.occurredAt(),
                    item.publishedAt(),
                    next,
                    item.aggregateType(),
                    item.aggregateId(),
                    item.hubCodes(),
                    item.data(),
                    cursor.encode()));
        }
        for (Map.Entry<String, FeedPage> page : pages.entrySet()) {
            if (taken.get(page.getKey()) == page.getValue().events().size()) {
                cursor = cursor.with(page.getKey(), page.getValue().next()); // all of it: past what it hides too
            }
        }
        return new EventPage(events, cursor.encode(), unavailable);
    }
}
