package dev.kindling.startup;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class RankingDecisionApiTest {

    /** Submits every assigned review of the call with random scores; returns (application, reviewer) → score. */
    private static Map<UUID, Map<String, Double>> reviewEverything(UUID call, List<String> reviewers, long seed) {
        Random random = new Random(seed);
        Map<String, Integer> leaning = Map.of(reviewers.get(0), 1, reviewers.get(1), 0, reviewers.get(2), -1);
        Map<UUID, Map<String, Double>> scores = new HashMap<>();
        JsonPath reviews = Api.as(TestTokens.manager())
                .queryParam("callId", call.toString())
                .queryParam("limit", 200)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = reviews.getList("items");
        for (Map<String, Object> r : items) {
            String reviewer = (String) r.get("reviewer");
            int team = Math.max(1, Math.min(5, 1 + random.nextInt(5) + leaning.getOrDefault(reviewer, 0)));
            int market = Math.max(1, Math.min(5, 1 + random.nextInt(5) + leaning.getOrDefault(reviewer, 0)));
            Reviews.submit(Reviews.reviewer(reviewer), UUID.fromString((String) r.get("id")), team, market)
                    .then()
                    .statusCode(200);
            scores.computeIfAbsent(UUID.fromString((String) r.get("applicationId")), k -> new HashMap<>())
                    .put(reviewer, reviewScore(team, market));
        }
        return scores;
    }

    /** A review's score as the API fixes it: the weighted mean (team 2, market 1), to 6 decimals. */
    private static double reviewScore(int team, int market) {
        return new java.math.BigDecimal(2 * team + market)
                .divide(new java.math.BigDecimal(3), 6, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    /** The normalised score computed here independently: per-reviewer z-scores, back on the call's scale. */
    private static Map<UUID, Double> normalised(Map<UUID, Map<String, Double>> scores) {
        Map<String, List<Double>> byReviewer = new HashMap<>();
        List<Double> all = new ArrayList<>();
        scores.values()
                .forEach(m -> m.forEach((reviewer, s) -> {
                    byReviewer.computeIfAbsent(reviewer, k -> new ArrayList<>()).add(s);
                    all.add(s);
                }));
        double mu = mean(all);
        double sigma = deviation(all);
        Map<UUID, Double> result = new HashMap<>();
        scores.forEach((app, m) -> {
            double z = m.entrySet().stream()
                    .mapToDouble(e -> {
                        List<Double> own = byReviewer.get(e.getKey());
                        double sd = deviation(own);
                        return sd == 0 ? 0 : (e.getValue() - mean(own)) / sd;
                    })
                    .average()
                    .orElseThrow();
            result.put(app, Math.max(1, Math.min(5, mu + z * sigma)));
        });
        return result;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double deviation(List<Double> values) {
        double m = mean(values);
        return Math.sqrt(values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / values.size());
    }

    @Test
    void theRankingsFiguresMatchAnIndependentCalculation() {
        UUID call = Reviews.call(2, false, 20);
        List<UUID> apps = Reviews.submitted(call, 8);
        List<String> reviewers = List.of(Reviews.subject("lenient"), Reviews.subject("even"), Reviews.subject("harsh"));
        Reviews.auto(call, reviewers).then().statusCode(200).body("assigned", equalTo(16));
        Map<UUID, Map<String, Double>> scores = reviewEverything(call, reviewers, 42);
        Map<UUID, Double> expected = normalised(scores);
        JsonPath ranking = Api.as(TestTokens.manager())
                .get("/api/v1/calls/" + call + "/ranking")
                .then()
                .statusCode(200)
                .body("reviews", equalTo(16))
                .body("scaleMin", equalTo(1))
                .body("scaleMax", equalTo(5))
                .extract()
                .jsonPath();
        List<Map<String, Object>> entries = ranking.getList("applications");
        assertEquals(apps.size(), entries.size());
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            UUID app = UUID.fromString((String) e.get("applicationId"));
            Map<String, Double> own = scores.get(app);
            double mean = own.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            double spread =
                    own.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                            - own.values().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .min()
                                    .orElseThrow();
            double normalised = ((Number) e.get("normalisedScore")).doubleValue();
            assertEquals(i + 1, e.get("rank"));
            assertEquals(mean, ((Number) e.get("meanScore")).doubleValue(), 1e-4, "mean of " + app);
            assertEquals(expected.get(app), normalised, 1e-4, "normalised of " + app);
            assertEquals(spread, ((Number) e.get("spread")).doubleValue(), 1e-4);
            assertEquals(spread > 1.0, e.get("disagreement"));
            assertTrue(normalised <= previous + 1e-9, "best first");
            previous = normalised;
        }
        String csv = Api.as(TestTokens.manager())
                .accept("text/csv")
                .get("/api/v1/calls/" + call + "/ranking")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertEquals(apps.size() + 1, lines.length);
        assertTrue(lines[0].startsWith("rank,applicationId,"), lines[0]);
        assertTrue(lines[0].endsWith("criterion:team,criterion:market"), lines[0]);
        assertTrue(lines[1].startsWith("1," + entries.get(0).get("applicationId")), lines[1]);
    }

    @Test
    void bulkDecisionsKeepTheCohortsCapacityUnderConcurrencyAndAreIdempotent() throws Exception {
        int capacity = 3;
        UUID call = Reviews.call(1, true, capacity);
        List<UUID> apps = Reviews.submitted(call, 8);
        UUID cohort = UUID.fromString(
                Api.as(TestTokens.manager()).get("/api/v1/calls/" + call).path("cohortId"));
        Map<String, Object> statsBefore = funnel(cohort);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JsonPath>> runs = new ArrayList<>();
        for (List<UUID> half : List.of(apps.subList(0, 5), apps.subList(3, 8))) {
            List<Map<String, Object>> items = half.stream()
                    .map(a -> Map.<String, Object>of("applicationId", a.toString(), "status", "ACCEPTED"))
                    .toList();
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Calls.post(TestTokens.manager(), "/api/v1/calls/" + call + "/decisions", Map.of("items", items))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
            }));
        }
        start.countDown();
        int changed = 0;
        for (CompletableFuture<JsonPath> run : runs) {
            JsonPath result = run.get();
            changed += result.getInt("changed");
            for (Map<String, Object> r : result.<Map<String, Object>>getList("results")) {
                if ("FAILED".equals(r.get("outcome"))) {
                    assertEquals("https://kindling.dev/problems/cohort-full", r.get("problemType"));
                    UUID app = UUID.fromString((String) r.get("applicationId"));
                    assertEquals(
                            1L,
                            Db.count(
                                    "select count(*) from enrollment_transition t join application a"
                                            + " on a.enrollment_id = t.enrollment_id where a.id = ?1",
                                    app),
                            "a failed item leaves its enrollment as it was: APPLIED, one transition");
                }
            }
        }
        assertEquals(capacity, changed);
        assertEquals(
                (long) capacity,
                Db.count("select count(*) from enrollment where cohort_id = ?1 and status = 'ACCEPTED'", cohort));
        assertEquals(capacity, ((Number) Db.single("select seats_taken from cohort where id = ?1", cohort)).intValue());
        // again, from the ranking: the accepted are UNCHANGED, no seat is left for the others, the rest REJECTED
        JsonPath again = Calls.post(
                        TestTokens.manager(),
                        "/api/v1/calls/" + call + "/decisions",
                        Map.of(
                                "items",
                                apps.stream()
                                        .map(a -> Map.<String, Object>of(
                                                "applicationId", a.toString(), "status", "ACCEPTED"))
                                        .toList()))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(capacity, again.getInt("unchanged"));
        assertEquals(0, again.getInt("changed"));
        Calls.post(
                        TestTokens.manager(),
                        "/api/v1/calls/" + call + "/decisions",
                        Map.of(
                                "fromRanking",
                                Map.of("top", 0, "status", "ACCEPTED", "restStatus", "REJECTED", "reason", "Full")))
                .then()
                .statusCode(200)
                .body("changed", equalTo(apps.size() - capacity))
                .body("unchanged", equalTo(0))
                .body("failed", equalTo(capacity));
        Map<String, Object> statsAfter = funnel(cohort);
        // the accepted went through SCREENING; the rejected went straight from APPLIED
        assertEquals(num(statsBefore, "screened") + capacity, num(statsAfter, "screened"));
        assertEquals(num(statsBefore, "accepted") + capacity, num(statsAfter, "accepted"));
        assertEquals(num(statsBefore, "applied"), num(statsAfter, "applied"));
    }

    private static Map<String, Object> funnel(UUID cohort) {
        UUID program = UUID.fromString(
                Api.as(TestTokens.manager()).get("/api/v1/cohorts/" + cohort).path("programId"));
        return Api.as(TestTokens.manager())
                .queryParam("programId", program.toString())
                .get("/api/v1/startup-stats")
                .then()
                .statusCode(200)
                .extract()
                .path("groups[0].funnel");
    }

    private static long num(Map<String, Object> funnel, String key) {
        return ((Number) funnel.get(key)).longValue();
    }
}
