package dev.kindling.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.feed.FeedEvent;
import dev.kindling.common.feed.FeedPage;
import dev.kindling.common.problem.ProblemException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The merge of the services' pages, on random pages: each service's events keep their order, every
 * event is delivered exactly once when a consumer pages through with the cursors it is given (from any
 * event's own cursor too), and the cursor survives encoding.
 */
class EventMergeTest {
    private static final Set<String> SERVICES = Set.of("funding", "hub", "startup");
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 4, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Three services' whole feeds, published at random interleaved times. */
    private static Map<String, List<FeedEvent>> feeds(Random random) {
        Map<String, List<FeedEvent>> feeds = new LinkedHashMap<>();
        for (String service : List.of("funding", "hub", "startup")) {
            List<FeedEvent> items = new ArrayList<>();
            long at = random.nextInt(1000);
            for (int position = 1; position <= 40 + random.nextInt(40); position++) {
                at += random.nextInt(50);
                items.add(new FeedEvent(
                        position,
                        UUID.randomUUID(),
                        service + ".changed",
                        T0,
                        T0.plusNanos(at * 1000),
                        service,
                        UUID.randomUUID(),
                        List.of(),
                        null));
            }
            feeds.put(service, items);
        }
        return feeds;
    }

    /** What a service answers for a page after a position. */
    private static FeedPage page(List<FeedEvent> all, Long after, int limit) {
        long from = after == null ? 0 : after;
        List<FeedEvent> items =
                all.stream().filter(i -> i.position() > from).limit(limit).toList();
        long next = items.size() == limit ? items.get(limit - 1).position() : all.size();
        return new FeedPage(items, next);
    }

    private static EventPage read(Map<String, List<FeedEvent>> feeds, String cursor, int limit) {
        EventCursor start = EventCursor.decode(cursor, SERVICES);
        Map<String, FeedPage> pages = new LinkedHashMap<>();
        feeds.forEach((service, all) -> pages.put(service, page(all, start.of(service), limit)));
        return EventMerge.merge(pages, start, limit, List.of());
    }

    @Test
    void pagingThroughDeliversEveryEventOnceInEachServicesOrder() {
        for (int seed = 0; seed < 50; seed++) {
            Random random = new Random(seed);
            Map<String, List<FeedEvent>> feeds = feeds(random);
            List<Event> seen = new ArrayList<>();
            String cursor = null;
            for (int pages = 0; pages < 1000; pages++) {
                EventPage page = read(feeds, cursor, 1 + random.nextInt(30));
                if (page.events().isEmpty()) {
                    break;
                }
                // resume from a random event's own cursor, as a consumer that crashed mid-page would
                int processed = 1 + random.nextInt(page.events().size());
                seen.addAll(page.events().subList(0, processed));
                cursor = processed == page.events().size()
                        ? page.nextCursor()
                        : page.events().get(processed - 1).cursor();
            }
            for (String service : feeds.keySet()) {
                List<UUID> delivered = seen.stream()
                        .filter(e -> e.source().equals(service))
                        .map(Event::id)
                        .toList();
                List<UUID> published =
                        feeds.get(service).stream().map(FeedEvent::id).toList();
                assertEquals(published, delivered, "seed " + seed + ", " + service);
            }
            assertEquals(seen.size(), seen.stream().map(Event::id).distinct().count());
        }
    }

    @Test
    void aPageInterleavesServicesByPublicationTime() {
        Map<String, List<FeedEvent>> feeds = feeds(new Random(7));
        EventPage page = read(feeds, null, 60);
        for (int i = 1; i < page.events().size(); i++) {
            assertEquals(
                    false,
                    page.events()
                            .get(i)
                            .publishedAt()
                            .isBefore(page.events().get(i - 1).publishedAt()),
                    "event " + i);
        }
    }

    @Test
    void anUnavailableServiceKeepsItsPosition() {
        Map<String, List<FeedEvent>> feeds = feeds(new Random(3));
        EventCursor start = new EventCursor(Map.of("hub", 5L, "startup", 9L, "funding", 2L));
        Map<String, FeedPage> pages = new LinkedHashMap<>();
        pages.put("hub", page(feeds.get("hub"), 5L, 10));
        EventPage page = EventMerge.merge(pages, start, 10, List.of("funding", "startup"));
        EventCursor next = EventCursor.decode(page.nextCursor(), SERVICES);
        assertEquals(9L, next.of("startup"));
        assertEquals(2L, next.of("funding"));
        assertEquals(15L, next.of("hub"));
        assertEquals(List.of("funding", "startup"), page.unavailable());
    }

    @Test
    void cursorsRoundTripAndForeignOnesAreRefused() {
        EventCursor cursor = new EventCursor(Map.of("hub", 42L, "startup", 0L));
        assertEquals(cursor, EventCursor.decode(cursor.encode(), SERVICES));
        for (String bad : List.of("bm9wZQ", "aHViOi0x", "b3RoZXI6MQ", "aHViOjEsaHViOjI", "%%%", "aHViOng")) {
            assertThrows(ProblemException.class, () -> EventCursor.decode(bad, SERVICES), bad);
        }
    }
}
