package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import dev.kindling.suite.OtlpSpans.Span;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole suite, black box: the four real services on the demo data, reached only through the
 * gateway, with the services checking each other over HTTP. It proves that the contracts the services
 * were built against (and simulated with WireMock in their own tests) hold between the real ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteFlowTest extends AgainstTheSuite {
    private static final String SPARK_APAC = "00000000-0000-7000-8000-000000000201";
    private static final String SG = "00000000-0000-7000-8000-000000000101";
    private static final String PAR_IC = "00000000-0000-7000-8000-000000000110";
    private static final String SPARK_BUDGET = "00000000-0000-7000-8000-000000000701";

    private static final String MANAGER = TestTokens.manager();

    private static UUID startup;
    private static UUID cohort;
    private static UUID enrollment;
    private static UUID allocation;

    /** The scoreboard as the demo data alone makes it, read before the flow changes anything. */
    private static int recruitedBefore;

    private static BigDecimal committedBefore;
    /** What the flow itself recruits and commits, counted as it does it. */
    private static int recruitedByTheFlow;

    private static BigDecimal committedByTheFlow = BigDecimal.ZERO;

    @BeforeAll
    static void readTheStart() {
        Answer board = fullScoreboard();
        recruitedBefore = recruited(board);
        committedBefore = committedUsd(board);
    }

    @Test
    @Order(1)
    void aCohortIsCheckedWithTheRealHubService() {
        Answer created = gateway.post(
                MANAGER,
                "/api/v1/cohorts",
                "{\"programId\":\"" + SPARK_APAC + "\",\"hubId\":\"" + SG + "\",\"name\":\"Suite cohort\","
                        + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\",\"capacity\":2}");
        assertEquals(201, created.status(), created.raw().body());
        assertEquals("SG", created.text("hubCode"));
        cohort = created.id();

        Answer notRunThere = gateway.post(
                MANAGER,
                "/api/v1/cohorts",
                "{\"programId\":\"" + SPARK_APAC + "\",\"hubId\":\"" + PAR_IC + "\",\"name\":\"Nowhere\","
                        + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\",\"capacity\":2}");
        assertEquals(422, notRunThere.status(), notRunThere.raw().body());
        assertEquals(
                "application/problem+json",
                notRunThere.raw().headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(2)
    void aStartupIsTakenThroughThePipeline() {
        String body = "{\"name\":\"Suite Robotics (illustrative)\",\"country\":\"SG\",\"sector\":\"ROBOTICS\"}";
        Answer created = gateway.post(MANAGER, "/api/v1/startups", body, "suite-startup-1");
        assertEquals(201, created.status(), created.raw().body());
        Answer replayed = gateway.post(MANAGER, "/api/v1/startups", body, "suite-startup-1");
        assertEquals(created.raw().body(), replayed.raw().body());
        startup = created.id();

        Answer enrolled = gateway.post(
                MANAGER, "/api/v1/enrollments", "{\"startupId\":\"" + startup + "\",\"cohortId\":\"" + cohort + "\"}");
        assertEquals(201, enrolled.status(), enrolled.raw().body());
        enrollment = enrolled.id();
        for (String action : new String[] {"screen", "accept"}) {
            Answer moved =
                    gateway.post(MANAGER, "/api/v1/enrollments/" + enrollment + "/" + action, "{\"reason\":\"suite\"}");
            assertEquals(200, moved.status(), moved.raw().body());
        }
        assertEquals(
                "ACCEPTED",
                gateway.get(MANAGER, "/api/v1/enrollments/" + enrollment).text("status"));
        recruitedByTheFlow++;
    }

    @Test
    @Order(3)
    void fundingChecksRecipientsWithTheRealServices() {
        Answer toStartup = allocate("STARTUP", startup, "25000.00");
        assertEquals(201, toStartup.status(), toStartup.raw().body());
        assertEquals("SG", toStartup.body().path("recipient").path("hubCode").asText());
        allocation = toStartup.id();
        Answer toCohort = allocate("COHORT", cohort, "10000.00");
        assertEquals(201, toCohort.status(), toCohort.raw().body());
        Answer toHub = allocate("HUB", UUID.fromString(SG), "5000.00");
        assertEquals(201, toHub.status(), toHub.raw().body());

        Answer notEligible = allocate("HUB", UUID.fromString(PAR_IC), "5000.00");
        assertEquals(422, notEligible.status(), notEligible.raw().body());
        Answer reconciliation = gateway.get(MANAGER, "/api/v1/budgets/" + SPARK_BUDGET + "/reconciliation");
        assertEquals(200, reconciliation.status(), reconciliation.raw().body());
        assertTrue(
                reconciliation.body().path("consistent").asBoolean(),
                reconciliation.raw().body());
    }

    @Test
    @Order(4)
    void hubServiceAsksStartupServiceBeforeRemovingAHub() {
        Answer refused = gateway.delete(MANAGER, "/api/v1/programs/" + SPARK_APAC + "/hubs/" + SG);
        assertEquals(409, refused.status(), refused.raw().body());
        assertEquals("https://kindling.dev/problems/hub-has-cohorts", refused.text("type"));
    }

    @Test
    @Order(5)
    void theScoreboardAddsUpTheRealServices() {
        Answer board = gateway.get(TestTokens.viewer(), "/api/v1/programs/" + SPARK_APAC + "/scoreboard");
        assertEquals(200, board.status(), board.raw().body());
        assertEquals(
                "AVAILABLE",
                board.body().path("startups").path("status").asText(),
                board.raw().body());
        assertEquals(
                "AVAILABLE",
                board.body().path("funding").path("status").asText(),
                board.raw().body());
        assertEquals(
                recruitedBefore + recruitedByTheFlow,
                recruited(board),
                board.raw().body());
        assertEquals(
                0,
                committedBefore.add(committedByTheFlow).compareTo(committedUsd(board)),
                board.raw().body());
    }

    @Test
    @Order(6)
    void aPartnerSeesOnlyItsHubsInEveryService() {
        String hongKong = TestTokens.partner("HK");
        String singapore = TestTokens.partner("SG");
        assertEquals(404, gateway.get(hongKong, "/api/v1/cohorts/" + cohort).status());
        assertEquals(
                404, gateway.get(hongKong, "/api/v1/enrollments/" + enrollment).status());
        assertEquals(404, gateway.get(hongKong, "/api/v1/startups/" + startup).status());
        assertEquals(
                404, gateway.get(hongKong, "/api/v1/allocations/" + allocation).status());
        assertEquals(200, gateway.get(singapore, "/api/v1/cohorts/" + cohort).status());
        assertEquals(
                200, gateway.get(singapore, "/api/v1/allocations/" + allocation).status());
        Answer list = gateway.get(hongKong, "/api/v1/cohorts?limit=200");
        list.body()
                .path("items")
                .forEach(c -> assertEquals("HK", c.path("hubCode").asText()));
        assertEquals(401, gateway.get("not-a-token", "/api/v1/hubs").status());
    }

    /**
     * The scoreboard once every part is available: a part whose service answers its first (cold) call
     * too slowly is marked UNAVAILABLE, so the reading before the flow waits for a complete one.
     */
    private static Answer fullScoreboard() {
        Answer board = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            board = gateway.get(TestTokens.viewer(), "/api/v1/programs/" + SPARK_APAC + "/scoreboard");
            if (board.status() == 200
                    && "AVAILABLE"
                            .equals(board.body().path("startups").path("status").asText())
                    && "AVAILABLE"
                            .equals(board.body().path("funding").path("status").asText())) {
                return board;
            }
        }
        throw new AssertionError(
                "the scoreboard never had all its parts: " + board.raw().body());
    }

    private static int recruited(Answer board) {
        return board.body().path("startups").path("total").path("recruited").asInt();
    }

    private static BigDecimal committedUsd(Answer board) {
        for (var line : board.body().path("funding").path("byCurrency")) {
            if ("USD".equals(line.path("currency").asText())) {
                return new BigDecimal(line.path("committed").path("amount").asText());
            }
        }
        return BigDecimal.ZERO;
    }

    @Test
    @Order(7)
    void aRequestIsOneTraceFromTheGatewayIntoTheServices() {
        String proxied = newTraceId();
        Answer hub = gateway.get(TestTokens.viewer(), "/api/v1/hubs/" + SG, "traceparent", traceparent(proxied));
        assertEquals(200, hub.status(), hub.raw().body());
        assertOneTrace(proxied, "hub-service");

        String aggregated = newTraceId();
        Answer board = gateway.get(
                TestTokens.viewer(),
                "/api/v1/programs/" + SPARK_APAC + "/scoreboard",
                "traceparent",
                traceparent(aggregated));
        assertEquals(200, board.status(), board.raw().body());
        assertOneTrace(aggregated, "hub-service", "startup-service", "funding-service");
    }

    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    private static String newTraceId() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + CALLER_SPAN + "-01";
    }

    /** The gateway continued the caller's trace, and each service's server span is a child of a gateway span. */
    private static void assertOneTrace(String traceId, String... services) {
        List<Span> trace = suite.traces()
                .trace(
                        traceId,
                        // every server span, the gateway's too: each process exports on its own schedule
                        spans -> server(spans, "gateway").isPresent()
                                && Arrays.stream(services)
                                        .allMatch(s -> server(spans, s).isPresent()),
                        Duration.ofSeconds(30));
        Span atGateway = server(trace, "gateway").orElseThrow(() -> new AssertionError("no gateway span: " + trace));
        assertEquals(CALLER_SPAN, atGateway.parentSpanId(), "the gateway continues the caller's trace");
        Set<String> gatewaySpans = trace.stream()
                .filter(s -> s.service().equals("gateway"))
                .map(Span::spanId)
                .collect(Collectors.toSet());
        for (String service : services) {
            Span atService =
                    server(trace, service).orElseThrow(() -> new AssertionError("no " + service + " span: " + trace));
            assertTrue(gatewaySpans.contains(atService.parentSpanId()), service + " under the gateway: " + trace);
        }
    }

    private static Optional<Span> server(List<Span> spans, String service) {
        return spans.stream()
                .filter(s -> s.service().equals(service) && s.kind() == Span.SERVER)
                .findFirst();
    }

    private static Answer allocate(String type, UUID recipient, String amount) {
        Answer answer = allocateOnly(type, recipient, amount);
        if (answer.status() == 201) {
            committedByTheFlow = committedByTheFlow.add(new BigDecimal(amount));
        }
        return answer;
    }

    private static Answer allocateOnly(String type, UUID recipient, String amount) {
        return gateway.post(
                MANAGER,
                "/api/v1/allocations",
                "{\"budgetId\":\"" + SPARK_BUDGET + "\",\"recipient\":{\"type\":\"" + type + "\",\"id\":\"" + recipient
                        + "\"},\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}}");
    }
}
