package dev.kindling.hub;

import static dev.kindling.hub.Api.createHub;
import static dev.kindling.hub.Api.hub;
import static dev.kindling.hub.Api.manager;
import static dev.kindling.hub.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Idempotent replays, racing requests with one key, and racing updates with one If-Match. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class ConcurrencyTest {

    @Test
    void replayWithTheSameKeyAndBodyGivesTheSameAnswerAndOneRow() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = hub();
        Response first = manager().header("Idempotency-Key", key).body(body).post("/api/v1/hubs");
        Response again = manager().header("Idempotency-Key", key).body(body).post("/api/v1/hubs");
        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, Db.count("select count(*) from hub where code = ?1", body.get("code")));

        manager()
                .header("Idempotency-Key", key)
                .body(with(body, "name", "Another name"))
                .post("/api/v1/hubs")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/idempotency-key-reused"));
        assertEquals(1, Db.count("select count(*) from hub where code = ?1", body.get("code")));
    }

    @Test
    void actionReplayDoesNotRunTheActionTwice() {
        UUID id = createHub();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/hubs/" + id + "/activate";
        String first = manager()
                .header("Idempotency-Key", key)
                .post(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String again = manager()
                .header("Idempotency-Key", key)
                .post(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(first, again);
        assertEquals(1, Db.events(id, "hub.activated"));
    }

    @Test
    void tenParallelRequestsWithOneKeyMakeOneRow() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = hub();
        List<Response> answers = race(
                10, () -> manager().header("Idempotency-Key", key).body(body).post("/api/v1/hubs"));
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            assertEquals(answers.get(0).asString(), answer.asString());
        }
        assertEquals(1, Db.count("select count(*) from hub where code = ?1", body.get("code")));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from outbox where event_type = 'hub.created' and payload->>'code' = ?1",
                        body.get("code")));
    }

    @Test
    void twoUpdatesWithTheSameIfMatchHaveExactlyOneWinner() throws Exception {
        UUID id = createHub();
        List<String> names = List.of("First writer", "Second writer");
        List<Callable<Response>> writers = new ArrayList<>();
        for (String name : names) {
            writers.add(() -> manager()
                    .header("If-Match", "\"0\"")
                    .body(Map.of("name", name, "kind", "STARTUP_HUB", "country", "SG", "region", "ASIA_PACIFIC"))
                    .put("/api/v1/hubs/" + id));
        }
        List<Response> answers = race(writers);
        long winners = answers.stream().filter(r -> r.statusCode() == 200).count();
        long losers = answers.stream().filter(r -> r.statusCode() == 412).count();
        assertEquals(
                1, winners, () -> answers.get(0).asString() + answers.get(1).asString());
        assertEquals(1, losers);
        String winner = answers.stream()
                .filter(r -> r.statusCode() == 200)
                .findFirst()
                .orElseThrow()
                .path("name");
        assertEquals(winner, Db.row("select name from hub where id = ?1", id)[0]);
        assertEquals(1L, ((Number) Db.row("select version from hub where id = ?1", id)[0]).longValue());
        assertEquals(1, Db.events(id, "hub.updated"));
    }

    private static List<Response> race(int times, Callable<Response> request) throws Exception {
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            requests.add(request);
        }
        return race(requests);
    }

    /** Starts every request at once behind a latch, and collects the answers. */
    private static List<Response> race(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return request.call();
                }));
            }
            gate.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
