package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of the real parts, through the gateway: a service killed (its routes a 502 problem, read models
 * and the change feed marking it unavailable, the other services working on), a service whose dependency
 * is down (503 with Retry-After, nothing written), every database connection killed, and a client that
 * retries with its Idempotency-Key after the service crashed and came back (paid once). Counts are read
 * from the database before and after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DependencyFaultSuiteTest extends AgainstTheSuite {
    private static final String SPARK_APAC = "00000000-0000-7000-8000-000000000201";
    private static final String SG = "00000000-0000-7000-8000-000000000101";
    private static final String SPARK_BUDGET = "00000000-0000-7000-8000-000000000701";
    private static final String ADMIN = TestTokens.admin();
    private static final String PROBLEM = "application/problem+json";

    @Test
    @Order(1)
    void aKilledServiceIsA502ProblemItsPartsAreUnavailableAndTheOthersWorkOn() throws SQLException {
        String cursor = caughtUp();
        long allocations = count("select count(*) from funding.allocation");
        suite.stop("funding-service", true);
        try {
            Answer read = gateway.get(ADMIN, "/api/v1/budgets");
            assertProblem(read, 502, "upstream-unavailable");
            Answer write = allocate("HUB", SG, "100.00", UUID.randomUUID().toString());
            assertProblem(write, 502, "upstream-unavailable");

            Answer board = gateway.get(ADMIN, "/api/v1/programs/" + SPARK_APAC + "/scoreboard");
            assertEquals(200, board.status(), board.raw().body());
            assertEquals(
                    "UNAVAILABLE", board.body().path("funding").path("status").asText());
            assertEquals(
                    "AVAILABLE", board.body().path("program").path("status").asText());

            Answer feed = gateway.get(ADMIN, "/api/v1/events?after=" + cursor);
            assertEquals(200, feed.status(), feed.raw().body());
            assertEquals("funding", feed.body().path("unavailable").path(0).asText());
            assertEquals(cursor, feed.text("nextCursor"), "nothing new elsewhere: the cursor stays");
            assertProblem(gateway.get(ADMIN, "/api/v1/events?after=now"), 503, "dependency-unavailable");

            Answer hub = createHub();
            assertEquals(201, hub.status(), hub.raw().body());
        } finally {
            suite.start("funding-service", Map.of());
        }
        assertEquals(allocations, count("select count(*) from funding.allocation"), "the refused write wrote nothing");
        Answer budgets = gateway.get(ADMIN, "/api/v1/budgets");
        assertEquals(200, budgets.status(), budgets.raw().body());
    }

    @Test
    @Order(2)
    void aServiceWhoseDependencyIsDownAnswers503WithRetryAfterAndWritesNothing() throws SQLException {
        long allocations = count("select count(*) from funding.allocation");
        long cohorts = count("select count(*) from startup.cohort");
        suite.stop("hub-service", true);
        try {
            Answer allocation = allocate("HUB", SG, "100.00", UUID.randomUUID().toString());
            assertProblem(allocation, 503, "dependency-unavailable");
            assertTrue(allocation.raw().headers().firstValue("Retry-After").isPresent());
            Answer cohort = gateway.post(ADMIN, "/api/v1/cohorts", cohortBody());
            assertProblem(cohort, 503, "dependency-unavailable");
        } finally {
            suite.start("hub-service", Map.of());
        }
        assertEquals(allocations, count("select count(*) from funding.allocation"));
        assertEquals(cohorts, count("select count(*) from startup.cohort"));
        assertEquals(
                201, allocate("HUB", SG, "100.00", UUID.randomUUID().toString()).status());
        assertEquals(201, gateway.post(ADMIN, "/api/v1/cohorts", cohortBody()).status());
    }

    @Test
    @Order(3)
    void killedDatabaseConnectionsAreReplacedWithoutAFailedRequest() throws SQLException, InterruptedException {
        int killed;
        try (Connection db = suite.connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            killed = rows.getInt(1);
        }
        assertTrue(killed >= 3, "every service held connections: " + killed);
        Thread.sleep(1_500); // longer than KINDLING_DB_VALIDATE_IDLE_AFTER: the pools check them before use
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (String path : List.of("/api/v1/hubs", "/api/v1/startups", "/api/v1/budgets")) {
                Answer answer = gateway.get(ADMIN, path);
                if (answer.status() != 200) {
                    failures.add(
                            path + " " + answer.status() + " " + answer.raw().body());
                }
            }
        }
        assertEquals(List.of(), failures, killed + " connections killed");
    }

    @Test
    @Order(4)
    void aRetryWithTheSameKeyAfterTheServiceCrashedPaysOnce() throws SQLException {
        String key = UUID.randomUUID().toString();
        long allocations = count("select count(*) from funding.allocation");
        Answer first = allocate("HUB", SG, "250.00", key);
        assertEquals(201, first.status(), first.raw().body());
        suite.restart("funding-service", true, Map.of());
        Answer retried = allocate("HUB", SG, "250.00", key);
        assertEquals(201, retried.status(), retried.raw().body());
        assertEquals(
                "true",
                retried.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(first.id(), retried.id());
        assertEquals(allocations + 1, count("select count(*) from funding.allocation"));
        JsonNode reconciliation = gateway.get(ADMIN, "/api/v1/budgets/" + SPARK_BUDGET + "/reconciliation")
                .body();
        assertTrue(reconciliation.path("consistent").asBoolean(), reconciliation.toString());
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.raw().body());
        assertEquals(PROBLEM, answer.raw().headers().firstValue("Content-Type").orElse(""));
        assertEquals("https://kindling.dev/problems/" + type, answer.text("type"));
        assertFalse(answer.text("requestId").isEmpty(), answer.raw().body());
    }

    private static Answer allocate(String type, String recipient, String amount, String key) {
        return gateway.post(
                ADMIN,
                "/api/v1/allocations",
                "{\"budgetId\":\"" + SPARK_BUDGET + "\",\"recipient\":{\"type\":\"" + type + "\",\"id\":\"" + recipient
                        + "\"},\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}}",
                key);
    }

    private static String cohortBody() {
        return "{\"programId\":\"" + SPARK_APAC + "\",\"hubId\":\"" + SG + "\",\"name\":\"Fault cohort "
                + UUID.randomUUID() + "\",\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\",\"capacity\":5}";
    }

    private static Answer createHub() {
        String code = "FT"
                + UUID.randomUUID()
                        .toString()
                        .substring(0, 6)
                        .toUpperCase(Locale.ROOT)
                        .replace('-', 'X');
        return gateway.post(
                ADMIN,
                "/api/v1/hubs",
                "{\"code\":\"" + code + "\",\"name\":\"Fault hub\","
                        + "\"kind\":\"STARTUP_HUB\",\"country\":\"SG\",\"city\":\"Singapore\",\"region\":\"ASIA_PACIFIC\"}");
    }

    private static String caughtUp() {
        String cursor = null;
        while (true) {
            Answer page = gateway.get(ADMIN, "/api/v1/events?limit=200" + (cursor == null ? "" : "&after=" + cursor));
            assertEquals(200, page.status(), page.raw().body());
            cursor = page.text("nextCursor");
            if (page.body().path("events").isEmpty()) {
                return cursor;
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = suite.connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
