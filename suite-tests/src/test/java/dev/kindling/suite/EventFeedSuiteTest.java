package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.feed.EventTypes;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The change feed through the gateway, with the real services publishing their outboxes: each
 * resource's changes in the order they happened while many are changed at once, the same JSON as the
 * API's GET, a partner's scope, problems for bad input, and a cursor that outlives restarts of the
 * gateway and of a service killed between a commit and its publication.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventFeedSuiteTest extends AgainstTheSuite {
    private static final String SPARK_APAC = "00000000-0000-7000-8000-000000000201";
    private static final String SG = "00000000-0000-7000-8000-000000000101";
    private static final String SPARK_BUDGET = "00000000-0000-7000-8000-000000000701";
    private static final String ADMIN = TestTokens.admin();
    private static final List<String> PIPELINE = List.of(
            "enrollment.applied",
            "enrollment.screening",
            "enrollment.accepted",
            "enrollment.active",
            "enrollment.graduated");
    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    /** The feed's cursor once the demo data's events were read: the flows' events come after it. */
    private static String start;

    private static String hubCode;
    private static UUID hub;
    private static UUID cohort;
    private static final List<UUID> enrollments = Collections.synchronizedList(new ArrayList<>());
    private static UUID allocation;

    @BeforeAll
    static void readTheStart() {
        start = caughtUp(ADMIN, null);
    }

    @Test
    @Order(1)
    void eachResourcesChangesComeInTheOrderTheyHappenedAsTheApiShowsThem() throws Exception {
        hubCode = "EV"
                + UUID.randomUUID()
                        .toString()
                        .substring(0, 6)
                        .toUpperCase(Locale.ROOT)
                        .replace('-', 'X');
        Answer created = gateway.post(
                ADMIN,
                "/api/v1/hubs",
                "{\"code\":\"" + hubCode + "\",\"name\":\"Events hub\","
                        + "\"kind\":\"STARTUP_HUB\",\"country\":\"SG\",\"city\":\"Singapore\",\"region\":\"ASIA_PACIFIC\"}");
        assertEquals(201, created.status(), created.raw().body());
        hub = created.id();
        Answer activated = gateway.post(ADMIN, "/api/v1/hubs/" + hub + "/activate", "{\"openedOn\":\"2026-12-01\"}");
        assertEquals(200, activated.status(), activated.raw().body());
        Answer cohortCreated = gateway.post(
                ADMIN,
                "/api/v1/cohorts",
                "{\"programId\":\"" + SPARK_APAC
                        + "\",\"hubId\":\"" + SG + "\",\"name\":\"Events cohort\",\"startsOn\":\"2026-12-01\","
                        + "\"endsOn\":\"2027-05-31\",\"capacity\":20}");
        assertEquals(201, cohortCreated.status(), cohortCreated.raw().body());
        cohort = cohortCreated.id();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                runs.add(pool.submit(() -> enrollAndGraduate(n)));
            }
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Answer allocated = gateway.post(
                ADMIN,
                "/api/v1/allocations",
                "{\"budgetId\":\"" + SPARK_BUDGET
                        + "\",\"recipient\":{\"type\":\"COHORT\",\"id\":\"" + cohort
                        + "\"},\"amount\":{\"amount\":\"1000.00\",\"currency\":\"USD\"}}");
        assertEquals(201, allocated.status(), allocated.raw().body());
        allocation = allocated.id();

        List<JsonNode> events = readUntil(
                ADMIN,
                start,
                seen -> seen.stream()
                                        .filter(e -> e.path("type").asText().equals("enrollment.graduated"))
                                        .count()
                                == enrollments.size()
                        && has(seen, allocation, "allocation.created"));

        assertEquals(List.of("hub.created", "hub.activated"), typesOf(events, hub));
        for (UUID enrollment : enrollments) {
            assertEquals(PIPELINE, typesOf(events, enrollment), "enrollment " + enrollment);
        }
        assertEquals(List.of("cohort.created"), typesOf(events, cohort));
        assertEquals(
                events.size(),
                events.stream().map(e -> e.path("id").asText()).distinct().count(),
                "no event twice");
        assertEquals(Set.of("hub", "startup", "funding"), sourcesOf(events));
        for (JsonNode event : events) {
            assertTrue(EventTypes.known(event.path("type").asText()), "in the catalogue: " + event);
            assertTrue(!event.path("cursor").asText().isEmpty());
        }

        assertEquals(
                gateway.get(ADMIN, "/api/v1/hubs/" + hub).body(),
                last(events, hub).path("data"));
        UUID someone = enrollments.get(0);
        assertEquals(
                gateway.get(ADMIN, "/api/v1/enrollments/" + someone).body(),
                last(events, someone).path("data"));
        assertEquals(
                gateway.get(ADMIN, "/api/v1/allocations/" + allocation).body(),
                last(events, allocation).path("data"));
        assertEquals(List.of(hubCode), listOf(last(events, hub).path("hubCodes")));
        assertEquals(List.of("SG"), listOf(last(events, someone).path("hubCodes")));
    }

    @Test
    @Order(2)
    void aPartnerReadsTheEventsAboutItsHubsOnly() {
        List<JsonNode> singapore = readAll(TestTokens.partner("SG"), start);
        List<JsonNode> newHub = readAll(TestTokens.partner(hubCode), start);
        assertEquals(List.of("hub.created", "hub.activated"), typesOf(newHub, hub));
        assertTrue(newHub.stream().allMatch(e -> listOf(e.path("hubCodes")).contains(hubCode)), newHub.toString());
        assertEquals(PIPELINE, typesOf(singapore, enrollments.get(0)));
        assertEquals(List.of("allocation.created"), typesOf(singapore, allocation));
        assertTrue(singapore.stream().allMatch(e -> listOf(e.path("hubCodes")).contains("SG")));
        assertEquals(List.of(), typesOf(singapore, hub));
        assertEquals(List.of(), readAll(TestTokens.partner("NOWHERE"), start));

        List<JsonNode> accepted = readAll(ADMIN, start, "&types=enrollment.accepted,allocation.created");
        assertEquals(enrollments.size() + 1, accepted.size());
    }

    @Test
    @Order(3)
    void badCursorsTypesAndLimitsAreProblemsNamingThem() {
        for (String[] bad : new String[][] {
            {"after", "%25%25%25"},
            {"after", "bm9wZQ"},
            {"types", "hub.exploded"},
            {"types", "Hub%20Created"},
            {"limit", "0"},
            {"limit", "201"},
            {"limit", "abc"}
        }) {
            Answer answer = gateway.get(ADMIN, "/api/v1/events?" + bad[0] + "=" + bad[1]);
            assertEquals(
                    400,
                    answer.status(),
                    String.join("=", bad) + " " + answer.raw().body());
            assertEquals(
                    "application/problem+json",
                    answer.raw().headers().firstValue("Content-Type").orElse(""));
            assertEquals(
                    bad[0],
                    answer.body().path("errors").path(0).path("field").asText(),
                    answer.raw().body());
        }
        assertEquals(401, gateway.get("not-a-token", "/api/v1/events").status());
    }

    @Test
    @Order(4)
    void aCursorOutlivesRestartsAndAnEventCommittedBeforeACrashIsStillPublished() {
        Answer now = gateway.get(ADMIN, "/api/v1/events?after=now");
        assertEquals(200, now.status(), now.raw().body());
        assertEquals(0, now.body().path("events").size());
        String cursor = now.text("nextCursor");
        suite.restart("startup-service", false, Map.of("KINDLING_FEED_PUBLISH", "false"));
        Answer created = gateway.post(
                ADMIN,
                "/api/v1/startups",
                "{\"name\":\"Crash Test Dummies (illustrative)\",\"country\":\"SG\",\"sector\":\"ROBOTICS\"}");
        assertEquals(201, created.status(), created.raw().body());
        UUID startup = created.id();
        assertEquals(List.of(), typesOf(readAll(ADMIN, cursor), startup), "committed, not yet published");

        // Its scheduled publisher now runs once at start and then not for an hour: what it committed
        // before the crash is published by that first run, and anything after only by the commit's nudge.
        suite.restart("startup-service", true, Map.of("KINDLING_FEED_PUBLISH_EVERY", "1h"));
        suite.restart("gateway", false, Map.of());
        gateway = new Gateway(suite.gateway());

        List<JsonNode> after = readUntil(ADMIN, cursor, seen -> has(seen, startup, "startup.created"));
        assertEquals(List.of("startup.created"), typesOf(after, startup));
        assertEquals(List.of(), typesOf(after, hub), "nothing before the cursor again");

        String next = gateway.get(ADMIN, "/api/v1/events?after=now").text("nextCursor");
        Answer another = gateway.post(
                ADMIN,
                "/api/v1/startups",
                "{\"name\":\"Nudged Robotics (illustrative)\",\"country\":\"SG\",\"sector\":\"ROBOTICS\"}");
        assertEquals(201, another.status(), another.raw().body());
        List<JsonNode> nudged = readUntil(ADMIN, next, seen -> has(seen, another.id(), "startup.created"));
        assertEquals(List.of("startup.created"), typesOf(nudged, another.id()), "published by its commit");
    }

    private static void enrollAndGraduate(int n) {
        Answer startup = gateway.post(
                ADMIN,
                "/api/v1/startups",
                "{\"name\":\"Feed Robotics " + n + " " + UUID.randomUUID()
                        + " (illustrative)\",\"country\":\"SG\",\"sector\":\"ROBOTICS\"}");
        assertEquals(201, startup.status(), startup.raw().body());
        Answer enrolled = gateway.post(
                ADMIN,
                "/api/v1/enrollments",
                "{\"startupId\":\"" + startup.id() + "\",\"cohortId\":\"" + cohort + "\"}");
        assertEquals(201, enrolled.status(), enrolled.raw().body());
        for (String action : List.of("screen", "accept", "activate", "graduate")) {
            Answer moved =
                    gateway.post(ADMIN, "/api/v1/enrollments/" + enrolled.id() + "/" + action, "{\"reason\":\"feed\"}");
            assertEquals(200, moved.status(), action + " " + moved.raw().body());
        }
        enrollments.add(enrolled.id());
    }

    /** Reads pages from the cursor until an empty page; answers the cursor then. */
    private static String caughtUp(String token, String cursor) {
        String at = cursor;
        while (true) {
            Answer page = page(token, at, "");
            at = page.text("nextCursor");
            if (page.body().path("events").isEmpty()) {
                return at;
            }
        }
    }

    private static List<JsonNode> readAll(String token, String cursor) {
        return readAll(token, cursor, "");
    }

    private static List<JsonNode> readAll(String token, String cursor, String query) {
        List<JsonNode> events = new ArrayList<>();
        String at = cursor;
        while (true) {
            Answer page = page(token, at, query);
            page.body().path("events").forEach(events::add);
            at = page.text("nextCursor");
            if (page.body().path("events").isEmpty()) {
                return events;
            }
        }
    }

    /** Reads on from the cursor, as a consumer polls, until what was read satisfies {@code done}. */
    private static List<JsonNode> readUntil(String token, String cursor, Predicate<List<JsonNode>> done) {
        List<JsonNode> events = new ArrayList<>();
        String at = cursor;
        Instant deadline = Instant.now().plus(PUBLISHED_WITHIN);
        while (!done.test(events)) {
            assertTrue(Instant.now().isBefore(deadline), "not published within " + PUBLISHED_WITHIN + ": " + events);
            Answer page = page(token, at, "");
            page.body().path("events").forEach(events::add);
            at = page.text("nextCursor");
            if (page.body().path("events").isEmpty()) {
                sleep(200);
            }
        }
        return events;
    }

    private static Answer page(String token, String cursor, String query) {
        Answer page =
                gateway.get(token, "/api/v1/events?limit=37" + (cursor == null ? "" : "&after=" + cursor) + query);
        assertEquals(200, page.status(), page.raw().body());
        assertEquals(List.of(), listOf(page.body().path("unavailable")), "every service answered");
        return page;
    }

    private static List<String> typesOf(List<JsonNode> events, UUID aggregate) {
        return events.stream()
                .filter(e -> e.path("aggregateId").asText().equals(aggregate.toString()))
                .map(e -> e.path("type").asText())
                .toList();
    }

    private static boolean has(List<JsonNode> events, UUID aggregate, String type) {
        return typesOf(events, aggregate).contains(type);
    }

    private static JsonNode last(List<JsonNode> events, UUID aggregate) {
        JsonNode last = null;
        for (JsonNode e : events) {
            if (e.path("aggregateId").asText().equals(aggregate.toString())) {
                last = e;
            }
        }
        return last;
    }

    private static Set<String> sourcesOf(List<JsonNode> events) {
        return events.stream().map(e -> e.path("source").asText()).collect(Collectors.toSet());
    }

    private static List<String> listOf(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
