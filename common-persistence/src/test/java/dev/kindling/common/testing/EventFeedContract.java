package dev.kindling.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.events.OutboxPublisher;
import dev.kindling.common.persistence.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A service's own change feed ({@code GET /api/v1/events}, which the gateway merges) in the service's
 * runtime and schema: positions follow commit order, not start order, so a reader never skips an event
 * that commits late; publishers racing never give a position twice; a partner reads only its hubs'
 * events; bad or expired positions are problems. Every expectation is read from the head taken before.
 */
public abstract class EventFeedContract {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    EntityManager em;

    @Test
    void anEventThatCommitsLateIsPositionedAfterTheOnesBeforeItAndNotSkipped() throws Exception {
        publisher.publishAll();
        long head = head();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.record("test.early", early, "SG", Map.of("n", 1));
                em.flush();
                recorded.countDown();
                await(commit);
            }));
            assertTrue(recorded.await(10, TimeUnit.SECONDS));
            record("test.late", late, "SG");
            assertEquals(1, publisher.publishAll(), "only the committed event is published");
            JsonPath first = feed(TestTokens.admin(), head, 100);
            assertEquals(List.of(late.toString()), first.getList("events.aggregateId"));
            long reader = first.getLong("next");
            commit.countDown();
            slow.get(10, TimeUnit.SECONDS);
            assertEquals(1, publisher.publishAll());
            JsonPath second = feed(TestTokens.admin(), reader, 100);
            assertEquals(List.of(early.toString()), second.getList("events.aggregateId"), "not skipped");
            assertEquals(head + 2, second.getLong("events[0].position"), "gap-free");
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void racingPublishersGiveEachEventOnePositionInRecordedOrder() throws Exception {
        publisher.publishAll();
        long head = head();
        List<UUID> ids = new ArrayList<>();
        for (int batch = 0; batch < 6; batch++) {
            List<UUID> these = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                these.add(UUID.randomUUID());
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> these.forEach(id -> outbox.record("test.raced", id, "HK", Map.of())));
            ids.addAll(these);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(publisher::publishAll));
            }
            int published = 0;
            for (Future<Integer> run : runs) {
                published += run.get(60, TimeUnit.SECONDS);
            }
            published += publisher.publishAll(); // what a run skipped while another held the head
            assertEquals(ids.size(), published);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(head + ids.size(), head());
        List<Object> positions = Db.list("select position from outbox where position > ?1 order by recorded", head);
        assertEquals(ids.size(), positions.size());
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(head + 1 + i, ((Number) positions.get(i)).longValue(), "recorded order, no gap, no twice");
        }
    }

    @Test
    void aPartnerReadsOnlyItsHubsEventsAndPagesPastTheOthers() {
        publisher.publishAll();
        long head = head();
        UUID sg = UUID.randomUUID();
        UUID hk = UUID.randomUUID();
        UUID staffOnly = UUID.randomUUID();
        UUID both = UUID.randomUUID();
        record("test.scoped", sg, "SG");
        record("test.scoped", hk, "HK");
        QuarkusTransaction.requiringNew().run(() -> outbox.record("test.scoped", staffOnly, List.of(), Map.of()));
        QuarkusTransaction.requiringNew().run(() -> outbox.record("test.scoped", both, List.of("SG", "HK"), Map.of()));
        publisher.publishAll();

        assertEquals(
                List.of(sg.toString(), hk.toString(), staffOnly.toString(), both.toString()),
                feed(TestTokens.viewer(), head, 100).getList("events.aggregateId"));
        JsonPath partner = feed(TestTokens.partner("SG"), head, 100);
        assertEquals(List.of(sg.toString(), both.toString()), partner.getList("events.aggregateId"));
        assertEquals(List.of("HK", "SG"), partner.getList("events[1].hubCodes"));
        assertEquals(head + 4, partner.getLong("next"), "past the events it may not see");
        assertEquals(List.of(), feed(TestTokens.partner(), head, 100).getList("events"));

        JsonPath page = feed(TestTokens.admin(), head, 2);
        assertEquals(head + 2, page.getLong("next"));
        assertEquals(
                List.of(staffOnly.toString(), both.toString()),
                feed(TestTokens.admin(), page.getLong("next"), 2).getList("events.aggregateId"));
        assertEquals(
                List.of(hk.toString(), both.toString()),
                given().auth()
                        .oauth2(TestTokens.partner("HK"))
                        .queryParam("after", head)
                        .queryParam("types", "test.scoped,test.other")
                        .get("/api/v1/events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("events.aggregateId"));
    }

    @Test
    void badExpiredAndFuturePositionsAreProblemsAndChangeNothing() {
        publisher.publishAll();
        long head = head();
        for (String[] bad : new String[][] {
            {"after", "-1"}, {"after", "abc"}, {"limit", "0"}, {"limit", "501"}, {"types", "Hub Created"}
        }) {
            given().auth()
                    .oauth2(TestTokens.admin())
                    .queryParam(bad[0], bad[1])
                    .get("/api/v1/events")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem(bad[0]));
        }
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("after", head + 1)
                .get("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("after"));
        given().get("/api/v1/events").then().statusCode(401);

        UUID gone = UUID.randomUUID();
        record("test.pruned", gone, "SG");
        record("test.kept", UUID.randomUUID(), "SG");
        publisher.publishAll();
        long prunedAt = ((Number) Db.single("select position from outbox where aggregate_id = ?1", gone)).longValue();
        Db.execute("delete from outbox where position <= ?1", prunedAt);
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("after", prunedAt - 1)
                .get("/api/v1/events")
                .then()
                .statusCode(410)
                .contentType(PROBLEM)
                .body("type", equalTo("https://kindling.dev/problems/cursor-expired"));
        assertEquals(1, feed(TestTokens.admin(), prunedAt, 10).getList("events").size());
        assertEquals(head + 2, head(), "reading changed nothing");
    }

    @Test
    void aReaderStartingAtTheHeadGetsOnlyWhatComesAfter() {
        record("test.before", UUID.randomUUID(), "SG");
        publisher.publishAll();
        JsonPath now = given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("after", "head")
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(), now.getList("events"));
        assertEquals(head(), now.getLong("next"));
        UUID after = UUID.randomUUID();
        record("test.after", after, "SG");
        publisher.publishAll();
        assertEquals(
                List.of(after.toString()),
                feed(TestTokens.admin(), now.getLong("next"), 10).getList("events.aggregateId"));
    }

    @Test
    void eachEventSaysWhatItIsAboutAndCarriesItsPayload() {
        publisher.publishAll();
        long head = head();
        UUID id = UUID.randomUUID();
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.record("test.described", id, "SG", Map.of("name", "Kindling", "n", 7)));
        publisher.publishAll();
        JsonPath page = feed(TestTokens.admin(), head, 10);
        assertEquals("test.described", page.getString("events[0].type"));
        assertEquals("test", page.getString("events[0].aggregateType"));
        assertEquals(id.toString(), page.getString("events[0].aggregateId"));
        assertEquals("Kindling", page.getString("events[0].data.name"));
        assertEquals(7, page.getInt("events[0].data.n"));
        assertTrue(OffsetDateTime.parse(page.getString("events[0].occurredAt")).isAfter(before));
        assertTrue(!OffsetDateTime.parse(page.getString("events[0].publishedAt"))
                .isBefore(OffsetDateTime.parse(page.getString("events[0].occurredAt"))));
        Set<String> ids = new HashSet<>(page.getList("events.id"));
        assertEquals(1, ids.size());
    }

    private void record(String type, UUID aggregate, String hub) {
        QuarkusTransaction.requiringNew().run(() -> outbox.record(type, aggregate, hub, Map.of()));
    }

    private static long head() {
        return Db.count("select position from outbox_head");
    }

    private static JsonPath feed(String token, long after, int limit) {
        return given().auth()
                .oauth2(token)
                .queryParam("after", after)
                .queryParam("limit", limit)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
